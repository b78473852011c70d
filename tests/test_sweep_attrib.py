"""Session 8 sweep of attribution and source types: who a figure is attributed to and what kind of
source that is, in en, ru, uk and kk. Invented sentences about no real event: every source kind the
gold READMEs define (officials, health workers, rights groups, witnesses and survivors, media and
well-known outlets, social media, companies, unions, the opposition, activists, international bodies,
unnamed sources), the constructions of attribution (according to, X said, citing, "как пишет X",
a postposed speech verb after a comma or the dash of direct speech «...», — сказал он), attribution
carried to the next sentence, denials and rumours, and a body acting in the document's own voice.

Each row: text, language, expected ``(measure, value, source type, modality)`` of every claim. Rows that
passed before the sweep guard the coverage; rows fixed in this session are listed in the report."""

from __future__ import annotations

import pytest
from claims_helpers import segmented_attributed as _got

K, INJ, D = "killed", "injured", "detained"
A, U, X = "asserted", "unconfirmed", "denied"
EN = [
 ("According to the regional police, 12 people were killed.", [(K,12,"official",A)]),
 ("Police said 12 people were killed in the blast.", [(K,12,"official",A)]),
 ("The interior ministry told reporters that 40 protesters had been detained.", [(D,40,"official",A)]),
 ("At least 15 people were injured, the city's mayor said.", [(INJ,15,"official",A)]),
 ("Prosecutors announced that 23 suspects had been detained.", [(D,23,"official",A)]),
 ("The governor wrote on Telegram that seven people had died.", [(K,7,"official",A)]),
 ("A spokesperson for the emergency services confirmed 9 deaths.", [(K,9,"official",A)]),
 ("Citing the health ministry, the agency reported 31 injured.", [(INJ,31,"media",A)]),
 ("In a statement, the regional administration said 18 people were hospitalised.", [(INJ,18,"official",A)]),
 ("Hospital officials said 27 wounded people had been admitted.", [(INJ,27,"eyewitness",A)]),  # round 23: a hospital speaks as an eyewitness
 ("A surgeon at the regional hospital said 14 of the wounded were in critical condition.", [(INJ,14,"eyewitness",A)]),
 ("Doctors told us they had treated more than 60 injured.", [(INJ,60,"eyewitness",A)]),
 ("Human rights activists put the death toll at 85.", [(K,85,"ngo",A)]),
 ("Amnesty International said at least 40 people were killed.", [(K,40,"ngo",A)]),
 ("The human rights centre documented 112 detentions.", [(D,112,"ngo",A)]),
 ("Rights groups estimate that about 200 people were detained.", [(D,200,"ngo",A)]),
 ("An eyewitness said he saw at least 20 bodies.", [(K,20,"eyewitness",A)]),
 ("Residents told the newspaper that 30 people had died.", [(K,30,"eyewitness",A)]),
 ("One survivor said about 50 people were killed.", [(K,50,"eyewitness",A)]),
 ("Reuters reported that 16 people were killed.", [(K,16,"media",A)]),
 ("Local media reported at least 8 dead.", [(K,8,"media",A)]),
 ("State television said 5 soldiers were wounded.", [(INJ,5,"media",A)]),
 ("According to the newspaper, 19 people were injured.", [(INJ,19,"media",A)]),
 ("The BBC, citing hospital sources, reported 22 deaths.", [(K,22,"media",A)]),
 ("A popular blogger claimed that 300 people had been killed.", [(K,300,"social_media",U)]),
 ("Videos posted on social media suggested at least 100 were detained.", [(D,100,"social_media",U)]),
 ("The mining company said 4 workers were injured.", [(INJ,4,"company",A)]),
 ("The plant's management confirmed that two employees had died.", [(K,2,"company",A)]),
 ("The employer said 6 workers were missing.", [("missing",6,"company",A)]),
 ("The trade union said 12 miners were detained.", [(D,12,"union",A)]),
 ("The opposition party claimed that 150 people were killed.", [(K,150,"opposition",A)]),
 ("Opposition leaders said more than 1,000 supporters had been arrested.", [("arrested",1000,"opposition",A)]),
 ("Activists said 45 protesters were detained.", [(D,45,"activist",A)]),
 ("Organisers said 20 participants were injured.", [(INJ,20,"activist",A)]),
 ("The United Nations said at least 60 civilians were killed.", [(K,60,"official",A)]),
 ("The OSCE mission reported 9 civilian deaths.", [(K,9,"official",A)]),
 ("The International Committee of the Red Cross said 34 people were injured.", [(INJ,34,"ngo",A)]),
 ("Unconfirmed reports said 70 people were killed.", [(K,70,"unknown",U)]),
 ("Reportedly, 25 people were detained.", [(D,25,"unknown",U)]),
 ("The ministry denied reports that 80 people had been killed.", [(K,80,"official",X)]),
 ("Police dismissed claims of 100 dead as fake.", [(K,100,"official",X)]),
 ("The governor called reports of 200 deaths a lie.", [(K,200,"official",X)]),
 ("Police detained 35 people.", [(D,35,"author",A)]),
 ("The ministry's press service reported 13 injured.", [(INJ,13,"official",A)]),
 ("Officials said 10 people had died. Another 25 were injured.", [(K,10,"official",A),(INJ,25,"official",A)]),
 ('"At least 30 people died," the witness said.', [(K,30,"eyewitness",A)]),
 ("Nine people died, the regional emergency department reported.", [(K,9,"official",A)]),
 ("The national guard said 3 of its servicemen were wounded.", [(INJ,3,"official",A)]),
 ("Investigators said 14 suspects had been detained.", [(D,14,"official",A)]),
 ("An independent expert estimated that about 90 people were killed.", [(K,90,"unknown",A)]),
]
RU = [
 ("По данным МВД, задержаны 120 человек.", [(D,120,"official",A)]),
 ("По словам губернатора области, погибли 6 человек.", [(K,6,"official",A)]),
 ("Как сообщил представитель полиции, ранены 14 человек.", [(INJ,14,"official",A)]),
 ("В МЧС сообщили о 9 погибших.", [(K,9,"official",A)]),
 ("Пресс-служба прокуратуры сообщила, что задержаны 17 подозреваемых.", [(D,17,"official",A)]),
 ("Погибли 5 человек, сообщает ТАСС.", [(K,5,"media",A)]),
 ("Погибли 5 человек, — сообщил агентству глава района.", [(K,5,"official",A)]),
 ("«Погибли не меньше 30 человек», — сказал очевидец.", [(K,30,"eyewitness",A)]),
 ("По информации местных СМИ, пострадали 25 человек.", [(INJ,25,"media",A)]),
 ("Как пишет газета, погибли 11 человек.", [(K,11,"media",A)]),
 ("Телеграм-каналы пишут о 200 погибших.", [(K,200,"social_media",U)]),
 ("Блогер утверждает, что погибли 300 человек.", [(K,300,"social_media",U)]),
 ("Правозащитники насчитали 210 задержанных.", [(D,210,"ngo",A)]),
 ("По данным правозащитного центра, задержаны 95 человек.", [(D,95,"ngo",A)]),
 ("Местные жители рассказали, что погибли 20 человек.", [(K,20,"eyewitness",A)]),
 ("Врачи больницы рассказали, что к ним доставили 40 раненых.", [(INJ,40,"eyewitness",A)]),
 ("Главврач больницы сообщил, что госпитализированы 12 человек.", [(INJ,12,"official",A)]),
 ("В компании сообщили, что пострадали 3 рабочих.", [(INJ,3,"company",A)]),
 ("Профсоюз заявил, что уволены 50 рабочих.", [("dismissed",50,"union",A)]),
 ("Оппозиция заявила о 100 погибших.", [(K,100,"opposition",A)]),
 ("Активисты сообщили о 60 задержанных.", [(D,60,"activist",A)]),
 ("Организаторы акции сообщили о 15 пострадавших.", [(INJ,15,"activist",A)]),
 ("В ООН заявили, что погибли не менее 40 мирных жителей.", [(K,40,"official",A)]),
 ("По неподтвержденным данным, погибли 70 человек.", [(K,70,"unknown",U)]),
 ("По данным СМИ, погибли 8 человек.", [(K,8,"media",A)]),
 ("По предварительным данным, погибли 4 человека.", [(K,4,"author",A)]),
 ("МВД опровергло сообщения о 100 погибших.", [(K,100,"official",X)]),
 ("В полиции назвали фейком сообщения о 50 погибших.", [(K,50,"official",X)]),
 ("Губернатор опроверг слухи о 200 погибших.", [(K,200,"official",X)]),
 ("Полиция задержала 35 человек.", [(D,35,"author",A)]),
 ("Следователи задержали 14 подозреваемых, сообщили в СК.", [(D,14,"official",A)]),
 ("Минздрав сообщил о 10 погибших. Еще 25 человек ранены.", [(K,10,"official",A),(INJ,25,"official",A)]),
 ("Как заявил мэр города, ранены 18 человек.", [(INJ,18,"official",A)]),
 ("По оценкам экспертов, погибли около 90 человек.", [(K,90,"unknown",A)]),
 ("Со ссылкой на источники в полиции агентство сообщило о 22 погибших.", [(K,22,"official",A)]),
 ("Акимат сообщил, что повреждены 30 домов.", [("buildings_damaged",30,"official",A)]),
 ("Пострадавшая рассказала, что в зале погибли 10 человек.", [(K,10,"eyewitness",A)]),
 ("Родственники погибших утверждают, что погибли 13 горняков.", [(K,13,"eyewitness",A)]),  # round 23: relatives are eyewitnesses
 ("Представитель Минобороны заявил, что ранены 7 военных.", [(INJ,7,"official",A)]),
 ("По информации пресс-службы МЧС, пострадали 16 человек.", [(INJ,16,"official",A)]),
]
UK = [
 ("За даними МВС, затримано 120 осіб.", [(D,120,"official",A)]),
 ("За словами губернатора області, загинули 6 людей.", [(K,6,"official",A)]),
 ("Як повідомив речник поліції, поранено 14 людей.", [(INJ,14,"official",A)]),
 ("У ДСНС повідомили про 9 загиблих.", [(K,9,"official",A)]),
 ("Пресслужба прокуратури повідомила, що затримано 17 підозрюваних.", [(D,17,"official",A)]),
 ("Загинули 5 людей, повідомляє Укрінформ.", [(K,5,"media",A)]),
 ("«Загинули щонайменше 30 людей», — сказав очевидець.", [(K,30,"eyewitness",A)]),
 ("За інформацією місцевих ЗМІ, постраждали 25 людей.", [(INJ,25,"media",A)]),
 ("Як пише газета, загинули 11 людей.", [(K,11,"media",A)]),
 ("Телеграм-канали пишуть про 200 загиблих.", [(K,200,"social_media",U)]),
 ("Блогер стверджує, що загинули 300 людей.", [(K,300,"social_media",U)]),
 ("Правозахисники нарахували 210 затриманих.", [(D,210,"ngo",A)]),
 ("За даними правозахисного центру, затримано 95 людей.", [(D,95,"ngo",A)]),
 ("Місцеві мешканці розповіли, що загинули 20 людей.", [(K,20,"eyewitness",A)]),
 ("Лікарі лікарні розповіли, що до них доставили 40 поранених.", [(INJ,40,"eyewitness",A)]),
 ("У компанії повідомили, що постраждали 3 робітники.", [(INJ,3,"company",A)]),
 ("Опозиція заявила про 100 загиблих.", [(K,100,"opposition",A)]),
 ("Активісти повідомили про 60 затриманих.", [(D,60,"activist",A)]),
 ("Організатори акції повідомили про 15 постраждалих.", [(INJ,15,"activist",A)]),
 ("В ООН заявили, що загинули щонайменше 40 цивільних.", [(K,40,"official",A)]),
 ("За неперевіреними даними, загинули 70 людей.", [(K,70,"unknown",U)]),
 ("За даними ЗМІ, загинули 8 людей.", [(K,8,"media",A)]),
 ("За попередніми даними, загинули 4 людини.", [(K,4,"author",A)]),
 ("МВС спростувало повідомлення про 100 загиблих.", [(K,100,"official",X)]),
 ("У поліції назвали фейком повідомлення про 50 загиблих.", [(K,50,"official",X)]),
 ("Губернатор спростував чутки про 200 загиблих.", [(K,200,"official",X)]),
 ("Поліція затримала 35 людей.", [(D,35,"author",A)]),
 ("МОЗ повідомило про 10 загиблих. Ще 25 людей поранені.", [(K,10,"official",A),(INJ,25,"official",A)]),
 ("Як заявив мер міста, поранено 18 людей.", [(INJ,18,"official",A)]),
 ("За оцінками експертів, загинули близько 90 людей.", [(K,90,"unknown",A)]),
 ("Профспілка заявила, що звільнено 50 робітників.", [("dismissed",50,"union",A)]),
 ("Вцілілий розповів, що в залі загинули 10 людей.", [(K,10,"eyewitness",A)]),
 ("Речник Міноборони заявив, що поранено 7 військових.", [(INJ,7,"official",A)]),
 ("За інформацією пресслужби ДСНС, постраждали 16 людей.", [(INJ,16,"official",A)]),
 ("Загинули 5 людей, — повідомив голова району.", [(K,5,"official",A)]),
 ("Слідчі затримали 14 підозрюваних, повідомили в прокуратурі.", [(D,14,"official",A)]),
 ("Обласна військова адміністрація повідомила про 12 поранених.", [(INJ,12,"official",A)]),
 ("Як повідомляє Суспільне, загинули 9 людей.", [(K,9,"media",A)]),
]
KK = [
 ("ІІМ мәліметінше, 120 адам ұсталды.", [(D,120,"official",A)]),
 ("Облыс әкімінің айтуынша, 6 адам қаза тапты.", [(K,6,"official",A)]),
 ("Полиция хабарлауынша, 14 адам жарақат алды.", [(INJ,14,"official",A)]),
 ("ТЖМ 9 адамның қаза тапқанын хабарлады.", [(K,9,"official",A)]),
 ("Прокуратура 17 күдікті ұсталғанын мәлімдеді.", [(D,17,"official",A)]),
 ("Жергілікті БАҚ мәліметінше, 25 адам зардап шекті.", [(INJ,25,"media",A)]),
 ("Әлеуметтік желілерде 200 адам қаза тапты деп жазды.", [(K,200,"social_media",U)]),
 ("Блогер 300 адам қаза тапты деп мәлімдеді.", [(K,300,"social_media",U)]),
 ("Құқық қорғаушылардың мәліметінше, 210 адам ұсталды.", [(D,210,"ngo",A)]),
 ("Жергілікті тұрғындардың айтуынша, 20 адам қаза тапты.", [(K,20,"eyewitness",A)]),
 ("Куәгердің айтуынша, кемінде 30 адам қаза тапты.", [(K,30,"eyewitness",A)]),
 ("Компания 3 жұмысшының жарақат алғанын хабарлады.", [(INJ,3,"company",A)]),
 ("Оппозиция 100 адам қаза тапты деп мәлімдеді.", [(K,100,"opposition",A)]),
 ("Белсенділердің айтуынша, 60 адам ұсталды.", [(D,60,"activist",A)]),
 ("Расталмаған мәліметтер бойынша, 70 адам қаза тапқан.", [(K,70,"unknown",U)]),
 ("Алдын ала мәліметтер бойынша, 4 адам қаза тапты.", [(K,4,"author",A)]),  # round 34: as ru/uk preliminary data (no «Алдын ала» name)
 ("ІІМ 100 адам қаза тапты деген хабарды жоққа шығарды.", [(K,100,"official",X)]),
 ("Полиция 50 адам қаза тапты деген ақпаратты жалған деп атады.", [(K,50,"official",X)]),
 ("Полиция 35 адамды ұстады.", [(D,35,"author",A)]),
 ("Денсаулық сақтау министрлігінің мәліметінше, 18 адам ауруханаға жеткізілді.", [(INJ,18,"official",A)]),
 ("Дәрігерлердің айтуынша, 40 жаралы ауруханаға түсті.", [(INJ,40,"eyewitness",A)]),
 ("БҰҰ кемінде 40 бейбіт тұрғын қаза тапқанын мәлімдеді.", [(K,40,"official",A)]),
 ("Кәсіподақтың мәліметінше, 50 жұмысшы жұмыстан шығарылды.", [("dismissed",50,"union",A)]),
 ("Әкімдік 30 үйдің зақымданғанын хабарлады.", [("buildings_damaged",30,"official",A)]),
 ("Ресми деректер бойынша, 11 адам қаза тапты.", [(K,11,"official",A)]),
 ("БАҚ хабарлауынша, 8 адам қаза тапты.", [(K,8,"media",A)]),
 ("Тергеушілер 14 күдіктіні ұстады, деп хабарлады прокуратура.", [(D,14,"official",A)]),
 ("Ұйымдастырушылардың айтуынша, 15 адам жарақат алды.", [(INJ,15,"activist",A)]),
]
EN += [
 ('"At least 30 people died" - a witness said.', [(K,30,"eyewitness",A)]),
 ('"At least 30 people died," said the witness.', [(K,30,"eyewitness",A)]),
 ("As the newspaper wrote, 11 people died.", [(K,11,"media",A)]),
 ("Survivors said about 50 people were killed.", [(K,50,"eyewitness",A)]),
 ("A former hostage said 20 people were injured.", [(INJ,20,"eyewitness",A)]),
 ("According to Bloomberg, 9 people were killed.", [(K,9,"media",A)]),
 ("Doctors Without Borders said 9 people were killed.", [(K,9,"ngo",A)]),
 ("UNICEF said 9 children were killed.", [(K,9,"official",A)]),
 ("The ministry announces that 12 people were injured.", [(INJ,12,"official",A)]),
 ("The opposition declared that 40 protesters had been detained.", [(D,40,"opposition",A)]),
]
RU += [
 ("«Погибли не меньше 30 человек», — сказал очевидец.", [(K,30,"eyewitness",A)]),
 ("«Погибли не меньше 30 человек», — сказал журналистам очевидец.", [(K,30,"eyewitness",A)]),
 ("«Погибли не меньше 30 человек», — рассказал местный житель.", [(K,30,"eyewitness",A)]),
 ("Погибли не меньше 30 человек, сказал очевидец.", [(K,30,"eyewitness",A)]),
 ("Погибли 5 человек, — сообщил агентству глава района.", [(K,5,"official",A)]),
 ("Как пишет газета, погибли 11 человек.", [(K,11,"media",A)]),
 ("Как передает агентство, погибли 11 человек.", [(K,11,"media",A)]),
 ("По данным РБК, погибли 9 человек.", [(K,9,"media",A)]),
 ("Пострадавшая рассказала, что в зале погибли 10 человек.", [(K,10,"eyewitness",A)]),
 ("Бывшие заложники рассказали, что погибли 20 человек.", [(K,20,"eyewitness",A)]),
 ("Представитель ведомства указал, что задержаны 14 человек.", [(D,14,"official",A)]),
 ("Губернатор сказал, что ранены 8 человек.", [(INJ,8,"official",A)]),
]
UK += [
 ("«Загинули щонайменше 30 людей», — сказав очевидець.", [(K,30,"eyewitness",A)]),
 ("«Загинули щонайменше 30 людей», — розповів місцевий мешканець.", [(K,30,"eyewitness",A)]),
 ("Загинули 5 людей, — повідомив агентству голова району.", [(K,5,"official",A)]),
 ("Як пише видання, загинули 11 людей.", [(K,11,"media",A)]),
 ("Як передає агентство, загинули 11 людей.", [(K,11,"media",A)]),
 ("Як повідомляє Суспільне, загинули 9 людей.", [(K,9,"media",A)]),
 ("Як повідомляє Українська правда, загинули 9 людей.", [(K,9,"media",A)]),
 ("Постраждала розповіла, що в залі загинули 10 людей.", [(K,10,"eyewitness",A)]),
 ("Колишні заручники розповіли, що загинули 20 людей.", [(K,20,"eyewitness",A)]),
]
KK += [
 ("«Кемінде 30 адам қаза тапты», — деді куәгер.", [(K,30,"eyewitness",A)]),
 ("Полиция 14 адамның ұсталғанын мәлімдейді.", [(D,14,"official",A)]),
 ("Министрлік 50 адам қаза тапты деген хабарды жалған деп атады.", [(K,50,"official",X)]),
 ("50 адам қаза тапты деген ақпаратты министрлік жоққа шығарды.", [(K,50,"official",X)]),
 ("Әлеуметтік желілерде 80 адам өлді деген хабарды полиция жоққа шығарды.", [(K,80,"social_media",U),(K,80,"official",X)]),
 ("Аман қалған адамның айтуынша, 50 адам қаза тапты.", [(K,50,"eyewitness",A)]),
]
EN += [
 ("The governor told AFP that 12 people were killed.", [(K,12,"official",A)]),
 ("Per the health ministry, 12 people were killed.", [(K,12,"official",A)]),
 ("The ministry put the death toll at 12.", [(K,12,"official",A)]),
 ("The mayor said in a Telegram post that 12 people were killed.", [(K,12,"official",A)]),
 ("A police source said 12 people were killed.", [(K,12,"official",A)]),
 ("Sources said 12 people were killed.", [(K,12,"unknown",A)]),
 ("The agency quoted a police spokesman as saying 12 people were killed.", [(K,12,"official",A)]),
 ("Figures from the health ministry show 12 people were killed.", [(K,12,"official",A)]),
 ("Data from the interior ministry showed that 40 people were detained.", [(D,40,"official",A)]),
 ("The miners' union said 12 workers were injured.", [(INJ,12,"union",A)]),
 ("The company's press service said 12 workers were injured.", [(INJ,12,"company",A)]),
 ("Eyewitnesses quoted by the newspaper said 30 people died.", [(K,30,"eyewitness",A)]),
 ("In a post on X, the minister said 30 people were injured.", [(INJ,30,"official",A)]),
 ("Police said they had detained 30 people.", [(D,30,"official",A)]),
 ("There were unconfirmed reports of 30 deaths.", [(K,30,"unknown",U)]),
 ("Various estimates put the death toll at between 100 and 200.", [(K,(100,200),"unknown",A)]),
]
RU += [
 ("Со слов очевидцев, погибли 12 человек.", [(K,12,"eyewitness",A)]),
 ("По сведениям полиции, погибли 12 человек.", [(K,12,"official",A)]),
 ("По подсчетам правозащитников, задержаны 120 человек.", [(D,120,"ngo",A)]),
 ("Согласно данным Минздрава, погибли 12 человек.", [(K,12,"official",A)]),
 ("Источник в полиции сообщил, что погибли 12 человек.", [(K,12,"official",A)]),
 ("По информации источника в силовых структурах, погибли 12 человек.", [(K,12,"official",A)]),
 ("Как следует из сообщения МЧС, погибли 12 человек.", [(K,12,"official",A)]),
 ("В сообщении МВД говорится, что задержаны 40 человек.", [(D,40,"official",A)]),
 ("Из сообщения пресс-службы следует, что ранены 12 человек.", [(INJ,12,"official",A)]),
 ("По некоторым данным, погибли 30 человек.", [(K,30,"unknown",A)]),
 ("Ходят слухи о 100 погибших.", [(K,100,"unknown",U)]),
 ("По словам врачей, в больницу доставлены 12 человек.", [(INJ,12,"eyewitness",A)]),
]
UK += [
 ("Зі слів очевидців, загинули 12 людей.", [(K,12,"eyewitness",A)]),
 ("За відомостями поліції, загинули 12 людей.", [(K,12,"official",A)]),
 ("Згідно з даними МОЗ, загинули 12 людей.", [(K,12,"official",A)]),
 ("Джерело в поліції повідомило, що загинули 12 людей.", [(K,12,"official",A)]),
 ("Як випливає з повідомлення ДСНС, загинули 12 людей.", [(K,12,"official",A)]),
 ("У повідомленні МВС йдеться, що затримано 40 людей.", [(D,40,"official",A)]),
 ("За деякими даними, загинули 30 людей.", [(K,30,"unknown",A)]),
 ("За різними оцінками, загинули від 100 до 200 людей.", [(K,(100,200),"unknown",A)]),
 ("Ходять чутки про 100 загиблих.", [(K,100,"unknown",U)]),
]
KK += [
 ("ІІМ деректері бойынша, 12 адам қаза тапты.", [(K,12,"official",A)]),
 ("Полиция хабарлағандай, 12 адам ұсталды.", [(D,12,"official",A)]),
 ("Министрлік мәлімдемесінде 12 адам қаза тапқаны айтылған.", [(K,12,"official",A)]),
 ("Дәрігерлер 12 адамның ауруханаға жеткізілгенін айтты.", [(INJ,12,"eyewitness",A)]),
 ("Кейбір деректер бойынша, 30 адам қаза тапты.", [(K,30,"unknown",A)]),
 ("Прокуратураның хабарлауынша, 40 адам ұсталды.", [(D,40,"official",A)]),
 ("Куәгерлер 30 адам қаза тапқанын айтты.", [(K,30,"eyewitness",A)]),
]
EN += [
 ("Police rejected claims that 100 people had died.", [(K,100,"official",X)]),
 ("The governor dismissed reports of 100 deaths as false.", [(K,100,"official",X)]),
 ("Officials refuted rumours of 100 dead.", [(K,100,"official",X)]),
 ("The ministry said reports of 100 dead were untrue.", [(K,100,"official",X)]),
 ("According to unconfirmed information, 30 people died.", [(K,30,"unknown",U)]),
 ("Rumours spread that 30 people had died.", [(K,30,"unknown",U)]),
 ("Reportedly 30 people died.", [(K,30,"unknown",U)]),
 ("Ministry of internal affairs informs, that 30 persons are detained.", [(D,30,"official",A)]),
 ("As informed the press service of the akimat, 30 houses are damaged.", [("buildings_damaged",30,"official",A)]),
 ("As reports the ministry, 12 people died.", [(K,12,"official",A)]),
 ("The ministry said 10 people died. It added that 20 were injured.", [(K,10,"official",A),(INJ,20,"official",A)]),
]
RU += [
 ("МВД назвало фейком сообщения о 100 погибших.", [(K,100,"official",X)]),
 ("В полиции опровергли информацию о 100 погибших.", [(K,100,"official",X)]),
 ("Губернатор назвал ложью слухи о 100 погибших.", [(K,100,"official",X)]),
 ("Информация о 100 погибших не соответствует действительности, заявили в МВД.", [(K,100,"official",X)]),
 ("По неподтвержденной информации, погибли 30 человек.", [(K,30,"unknown",U)]),
 ("Якобы погибли 30 человек.", [(K,30,"unknown",U)]),
 ("Распространились слухи о 30 погибших.", [(K,30,"unknown",U)]),
 ("Власти опровергают данные о 30 погибших.", [(K,30,"official",X)]),
 ("Губернатор сообщил о 10 погибших. По его словам, еще 20 человек ранены.", [(K,10,"official",A),(INJ,20,"official",A)]),
]
UK += [
 ("МВС назвало фейком повідомлення про 100 загиблих.", [(K,100,"official",X)]),
 ("У поліції спростували інформацію про 100 загиблих.", [(K,100,"official",X)]),
 ("Губернатор назвав брехнею чутки про 100 загиблих.", [(K,100,"official",X)]),
 ("Інформація про 100 загиблих не відповідає дійсності, заявили в МВС.", [(K,100,"official",X)]),
 ("За неперевіреною інформацією, загинули 30 людей.", [(K,30,"unknown",U)]),
 ("Нібито загинули 30 людей.", [(K,30,"unknown",U)]),
 ("Поширилися чутки про 30 загиблих.", [(K,30,"unknown",U)]),
 ("Влада заперечує дані про 30 загиблих.", [(K,30,"official",X)]),
 ("У ДСНС повідомили про 10 загиблих. Ще 20 людей поранені.", [(K,10,"official",A),(INJ,20,"official",A)]),
]
KK += [
 ("ІІМ 100 адам қаза тапты деген ақпаратты фейк деп атады.", [(K,100,"official",X)]),
 ("Полиция 100 адам қаза тапты деген ақпаратты өтірік деп атады.", [(K,100,"official",X)]),
 ("Расталмаған ақпарат бойынша, 30 адам қаза тапқан.", [(K,30,"unknown",U)]),
 ("30 адам қаза тапты деген қауесет тарады.", [(K,30,"unknown",U)]),
 ("ТЖМ 10 адамның қаза тапқанын хабарлады. Тағы 20 адам жарақат алды.", [(K,10,"official",A),(INJ,20,"official",A)]),
]

ROWS = [(t, "en", e) for t, e in EN] + [(t, "ru", e) for t, e in RU] + [(t, "uk", e) for t, e in UK] + [(t, "kk", e) for t, e in KK]


@pytest.mark.parametrize(("text", "lang", "expected"), ROWS)
def test_attribution_sweep(text, lang, expected):
    assert _got(text, lang) == expected


def test_table_is_broad():
    assert len(ROWS) >= 150 and {lang for _t, lang, _e in ROWS} == {"en", "ru", "uk", "kk"}


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Погибли 5 человек, — сообщил агентству глава района.", "ru", "глава района"),
    ("Загинули 5 людей, — повідомив агентству голова району.", "uk", "голова району"),
    ("«Погибли не меньше 30 человек», — сказал журналистам очевидец.", "ru", "очевидец"),
    ("50 адам қаза тапты деген ақпаратты министрлік жоққа шығарды.", "kk", "министрлік"),
    ("Как пишет газета, погибли 11 человек.", "ru", "газета"),
    ("The ministry said reports of 100 dead were untrue.", "en", "ministry"),
    ("The agency quoted a police spokesman as saying 12 people were killed.", "en", "a police spokesman"),
    ("В сообщении МВД говорится, что задержаны 40 человек.", "ru", "МВД"),
    ("У повідомленні МВС йдеться, що затримано 40 людей.", "uk", "МВС"),
    ("Согласно данным Минздрава, погибли 12 человек.", "ru", "Минздрава"),
])
def test_source_name(text, lang, name):
    """The addressee of a statement and a Kazakh report before its subject stay out of the name."""
    from claims_helpers import segmented
    assert [c.source.name for c in segmented(text, lang) if c.source] == [name]


def test_dash_without_speech_is_no_source():
    """A dash that is no reported speech ("9 — сотрудники полиции") names no speaker."""
    got = _got("Погибли 12 человек, из них 9 — сотрудники полиции.", "ru")
    assert got and all(s == "author" for _m, _v, s, _mod in got)
