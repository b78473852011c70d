"""One route module per level of the web app: overview, question, document, entity, timeline,
search, sources, review. Each route calls one function of `rashomon.web.queries` or
`rashomon.review` and renders it (or returns it as JSON at the same path + ``.json``)."""
