<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Mk::AboutDialog</name>
    <message>
        <source>About Mengkaart</source>
        <translation>Over Mengkaart</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mengkaart %1&lt;/h2&gt;&lt;p&gt;School segregation maps and briefings for Dutch municipalities. Works offline.&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;br&gt;Libraries: Qt %2, %3, QCustomPlot.&lt;/p&gt;&lt;h3&gt;Data sources&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Wijk- en Buurtkaart and Kerncijfers wijken en buurten: Centraal Bureau voor de Statistiek (CBS), CC BY 4.0.&lt;/li&gt;&lt;li&gt;School locations, pupil counts and pupils by postcode: DUO open onderwijsdata (Dienst Uitvoering Onderwijs).&lt;/li&gt;&lt;li&gt;Schoolweging and learning results: Inspectie van het Onderwijs (computed by CBS).&lt;/li&gt;&lt;li&gt;School geocoding: BAG, Kadaster (CC0).&lt;/li&gt;&lt;li&gt;Statistics per postcode (PC4) and SES-WOA scores per PC4: CBS, CC BY 4.0 (SES-WOA via the MIT-licensed R package nfwa).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Every gemeente&apos;s data ship with the program (CBS wijken and gemeenten 2022 via the R package tmap, DUO schools 2024 geocoded by edugis-repo/data-nl-scholen, DUO pupils by home postcode 2024, CBS PC4 figures 2023 and 2024, PC4 centroids of unknown vintage, Inspectie schoolweging 2021-2024); resources/national/SOURCES.md says where each file comes from.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Mengkaart %1&lt;/h2&gt;&lt;p&gt;Kaarten en notities over schoolsegregatie voor Nederlandse gemeenten. Werkt offline.&lt;/p&gt;&lt;p&gt;Licentie: GNU GPL versie 3 of later.&lt;br&gt;Bibliotheken: Qt %2, %3, QCustomPlot.&lt;/p&gt;&lt;h3&gt;Gegevensbronnen&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Wijk- en Buurtkaart en Kerncijfers wijken en buurten: Centraal Bureau voor de Statistiek (CBS), CC BY 4.0.&lt;/li&gt;&lt;li&gt;Schoolvestigingen, leerlingaantallen en leerlingen naar postcode: DUO open onderwijsdata (Dienst Uitvoering Onderwijs).&lt;/li&gt;&lt;li&gt;Schoolweging en leerresultaten: Inspectie van het Onderwijs (berekend door het CBS).&lt;/li&gt;&lt;li&gt;Geocodering van scholen: BAG, Kadaster (CC0).&lt;/li&gt;&lt;li&gt;Statistieken per postcode (PC4) en SES-WOA-scores per PC4: CBS, CC BY 4.0 (SES-WOA via het R-pakket nfwa met MIT-licentie).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;De gegevens van elke gemeente worden met het programma meegeleverd (CBS-wijken en -gemeenten 2022 via het R-pakket tmap, DUO-scholen 2024 gegeocodeerd door edugis-repo/data-nl-scholen, DUO-leerlingen naar woonpostcode 2024, CBS-PC4-cijfers 2023 en 2024, PC4-middelpunten van onbekende jaargang, schoolweging van de Inspectie 2021-2024); in resources/national/SOURCES.md staat waar elk bestand vandaan komt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Mk::AdditionalDataPage</name>
    <message>
        <source>5. Additional data (optional)</source>
        <translation>5. Aanvullende gegevens (optioneel)</translation>
    </message>
    <message>
        <source>Each of these files adds to the analysis; all of them may stay empty. A file is read as soon as you choose it, and you see at once what it holds.</source>
        <translation>Elk van deze bestanden voegt iets toe aan de analyse; ze mogen allemaal leeg blijven. Een bestand wordt gelezen zodra u het kiest, en u ziet meteen wat erin staat.</translation>
    </message>
    <message>
        <source>Vector files (*.gpkg *.shp *.geojson *.json);;All files (*)</source>
        <translation>Vectorbestanden (*.gpkg *.shp *.geojson *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Tables and point files (*.csv *.gpkg *.geojson);;All files (*)</source>
        <translation>Tabellen en puntbestanden (*.csv *.gpkg *.geojson);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Pupils by home postcode (DUO)</source>
        <translation>Leerlingen naar woonpostcode (DUO)</translation>
    </message>
    <message>
        <source>Needed for catchment areas based on where pupils live, and to estimate the pupil mix of each school.</source>
        <translation>Nodig voor voedingsgebieden op basis van waar leerlingen wonen, en om de leerlingensamenstelling van elke school te schatten.</translation>
    </message>
    <message>
        <source>DUO&apos;s file &quot;leerlingen po per vestiging naar postcode leerling&quot; (CSV)</source>
        <translation>het DUO-bestand &quot;leerlingen po per vestiging naar postcode leerling&quot; (CSV)</translation>
    </message>
    <message>
        <source>Postcode positions (PC4)</source>
        <translation>Ligging van postcodes (PC4)</translation>
    </message>
    <message>
        <source>Puts the four-digit postcodes on the map, for catchment areas by postcode, and places schools and VVE locations that have no coordinates.</source>
        <translation>Zet de viercijferige postcodes op de kaart, voor voedingsgebieden per postcode, en plaatst scholen en VVE-locaties zonder coördinaten.</translation>
    </message>
    <message>
        <source>a table of four-digit postcodes with their position (POSTCODE, LAT, LON or RD x/y)</source>
        <translation>een tabel van viercijferige postcodes met hun ligging (POSTCODE, LAT, LON of RD x/y)</translation>
    </message>
    <message>
        <source>Schoolweging (Inspectie)</source>
        <translation>Schoolweging (Inspectie)</translation>
    </message>
    <message>
        <source>The Inspectie&apos;s measure of the pupils&apos; backgrounds, per school and school year: shows how LEA goals on the schoolweging develop.</source>
        <translation>De maat van de Inspectie voor de achtergrond van de leerlingen, per school en schooljaar: laat zien hoe LEA-doelen over de schoolweging zich ontwikkelen.</translation>
    </message>
    <message>
        <source>the Inspectie&apos;s schoolweging file, per school year or the three-year mean (CSV)</source>
        <translation>het schoolwegingbestand van de Inspectie, per schooljaar of het driejaarsgemiddelde (CSV)</translation>
    </message>
    <message>
        <source>Wijken (CBS)</source>
        <translation>Wijken (CBS)</translation>
    </message>
    <message>
        <source>Draws the wijk boundaries over the buurten on the map.</source>
        <translation>Tekent de wijkgrenzen over de buurten op de kaart.</translation>
    </message>
    <message>
        <source>the wijk layer of the CBS Wijk- en Buurtkaart (GeoPackage or shapefile)</source>
        <translation>de wijklaag van de Wijk- en Buurtkaart van het CBS (GeoPackage of shapefile)</translation>
    </message>
    <message>
        <source>Figures per postcode (CBS PC4)</source>
        <translation>Cijfers per postcode (CBS PC4)</translation>
    </message>
    <message>
        <source>CBS figures per four-digit postcode (inhabitants, ages, origin), kept in the project next to the buurten.</source>
        <translation>CBS-cijfers per viercijferige postcode (inwoners, leeftijden, herkomst), bewaard in het project naast de buurten.</translation>
    </message>
    <message>
        <source>CBS &quot;statistieken per postcode&quot; (PC4) as a table with a column pc4</source>
        <translation>de CBS-&quot;statistieken per postcode&quot; (PC4) als tabel met een kolom pc4</translation>
    </message>
    <message>
        <source>VVE locations</source>
        <translation>VVE-locaties</translation>
    </message>
    <message>
        <source>Pre-school and childcare locations, shown on the map; a column vve (ja/nee) says which offer VVE.</source>
        <translation>Locaties van peuteropvang en kinderopvang, getoond op de kaart; een kolom vve (ja/nee) zegt welke VVE aanbieden.</translation>
    </message>
    <message>
        <source>a list of locations with a column vve (ja/nee) and coordinates or a postcode</source>
        <translation>een lijst van locaties met een kolom vve (ja/nee) en coördinaten of een postcode</translation>
    </message>
    <message>
        <source>School composition</source>
        <translation>Samenstelling van scholen</translation>
    </message>
    <message>
        <source>The real pupil mix of each school (pupils per group), for example from your research department; shown with the schools on the map.</source>
        <translation>De werkelijke leerlingensamenstelling van elke school (leerlingen per groep), bijvoorbeeld van uw afdeling onderzoek en statistiek; getoond bij de scholen op de kaart.</translation>
    </message>
    <message>
        <source>a table with the school code (BRIN + vestigingsnummer) and a column of pupils for every group</source>
        <translation>een tabel met de schoolcode (BRIN + vestigingsnummer) en een kolom leerlingen voor elke groep</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.tsv);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>Mk::AdmissionCompiler</name>
    <message>
        <source>(unnamed)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <source>The admission rules &quot;%1&quot; name school &quot;%2&quot; in &quot;%3&quot;, but the loaded data have no school with that id; the rule ignores it.</source>
        <translation>De toelatingsregels &quot;%1&quot; noemen school &quot;%2&quot; in &quot;%3&quot;, maar de geladen gegevens hebben geen school met die id; de regel negeert haar.</translation>
    </message>
    <message>
        <source>The admission rules &quot;%1&quot;, key &quot;%2&quot;: there is no group &quot;%3&quot;; the groups of the loaded data are %4. Use one of these names.</source>
        <translation>De toelatingsregels &quot;%1&quot;, sleutel &quot;%2&quot;: er is geen groep &quot;%3&quot;; de groepen in de geladen gegevens zijn %4. Gebruik een van deze namen.</translation>
    </message>
    <message>
        <source>The admission rules &quot;%1&quot;, key &quot;%2&quot;: group &quot;%3&quot; is in two pools. Put every group in exactly one pool.</source>
        <translation>De toelatingsregels &quot;%1&quot;, sleutel &quot;%2&quot;: groep &quot;%3&quot; zit in twee pools. Zet elke groep in precies één pool.</translation>
    </message>
    <message>
        <source>The admission rules &quot;%1&quot;, key &quot;baskets.pools&quot;: group &quot;%2&quot; is in no pool. Put every group in exactly one pool.</source>
        <translation>De toelatingsregels &quot;%1&quot;, sleutel &quot;baskets.pools&quot;: groep &quot;%2&quot; zit in geen enkele pool. Zet elke groep in precies één pool.</translation>
    </message>
    <message>
        <source>The admission context has %1 schools and %2 groups, but the rules were prepared for %3 and %4. Prepare the rules again for these schools.</source>
        <translation>De toelatingssituatie heeft %1 scholen en %2 groepen, maar de regels zijn voorbereid voor %3 en %4. Bereid de regels opnieuw voor voor deze scholen.</translation>
    </message>
    <message>
        <source>The admission rules &quot;%1&quot; set seats relative to the gemeente&apos;s mix, but no share per group of the gemeente is known. Load the group composition of the areas.</source>
        <translation>De toelatingsregels &quot;%1&quot; stellen plaatsen vast ten opzichte van de samenstelling van de gemeente, maar het aandeel per groep in de gemeente is niet bekend. Laad de groepssamenstelling van de gebieden.</translation>
    </message>
    <message>
        <source>The admission rules &quot;%1&quot; set the target mix relative to each school&apos;s catchment (key &quot;targetMix.relativeTo&quot;), but the catchment mix per school is not known. Compute catchments first, or set &quot;relativeTo&quot; to &quot;gemeente&quot;.</source>
        <translation>De toelatingsregels &quot;%1&quot; stellen de streefverdeling vast ten opzichte van het voedingsgebied van elke school (sleutel &quot;targetMix.relativeTo&quot;), maar de samenstelling van het voedingsgebied per school is niet bekend. Bereken eerst de voedingsgebieden, of zet &quot;relativeTo&quot; op &quot;gemeente&quot;.</translation>
    </message>
    <message>
        <source>Child %1 of the admission context is in group %2, but there are %3 groups.</source>
        <translation>Kind %1 in de toelatingssituatie hoort bij groep %2, maar er zijn %3 groepen.</translation>
    </message>
    <message>
        <source>Child %1 of the admission context ranks school %2, but there are %3 schools.</source>
        <translation>Kind %1 in de toelatingssituatie zet school %2 op de lijst, maar er zijn %3 scholen.</translation>
    </message>
</context>
<context>
    <name>Mk::AdmissionRules</name>
    <message>
        <source>The built-in admission preset &quot;%1&quot; is damaged.</source>
        <translation>De ingebouwde voorinstelling voor toelating &quot;%1&quot; is beschadigd.</translation>
    </message>
    <message>
        <source>preset &quot;%1&quot;</source>
        <translation>voorinstelling &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no admission rules preset &quot;%1&quot;. Use one of %2, or give a rules file.</source>
        <translation>Er is geen voorinstelling voor toelatingsregels &quot;%1&quot;. Gebruik een van %2, of geef een bestand met regels op.</translation>
    </message>
    <message>
        <source>The admission rules %1, key &quot;%2&quot;: %3</source>
        <translation>De toelatingsregels %1, sleutel &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>this key is not part of the admission rules format. Remove it or correct its spelling; the keys allowed here are %1.</source>
        <translation>deze sleutel hoort niet bij de indeling van de toelatingsregels. Verwijder hem of verbeter de spelling; de toegestane sleutels hier zijn %1.</translation>
    </message>
    <message>
        <source>this key is missing. Add it: %1.</source>
        <translation>deze sleutel ontbreekt. Voeg hem toe: %1.</translation>
    </message>
    <message>
        <source>must be text in double quotes.</source>
        <translation>moet tekst tussen dubbele aanhalingstekens zijn.</translation>
    </message>
    <message>
        <source>must be %1 (it is %2).</source>
        <translation>moet %1 zijn (het is %2).</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2 (it is %3).</source>
        <translation>moet een getal van %1 tot %2 zijn (het is %3).</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2 (it is %3).</source>
        <translation>moet een geheel getal van %1 tot %2 zijn (het is %3).</translation>
    </message>
    <message>
        <source>must be true or false, without quotes (it is %1).</source>
        <translation>moet true of false zijn, zonder aanhalingstekens (het is %1).</translation>
    </message>
    <message>
        <source>must be a list of one or more names in double quotes, e.g. [&quot;a&quot;, &quot;b&quot;].</source>
        <translation>moet een lijst van een of meer namen tussen dubbele aanhalingstekens zijn, bijv. [&quot;a&quot;, &quot;b&quot;].</translation>
    </message>
    <message>
        <source>must be a list of names in double quotes, e.g. [&quot;a&quot;, &quot;b&quot;].</source>
        <translation>moet een lijst van namen tussen dubbele aanhalingstekens zijn, bijv. [&quot;a&quot;, &quot;b&quot;].</translation>
    </message>
    <message>
        <source>must be an object in braces { }.</source>
        <translation>moet een object tussen accolades { } zijn.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>&quot;siblings&quot;, &quot;proximity&quot; or &quot;vvePartner&quot;</source>
        <translation>&quot;siblings&quot;, &quot;proximity&quot; of &quot;vvePartner&quot;</translation>
    </message>
    <message>
        <source>a proximity class needs either &quot;nearest&quot; (a number of schools) or &quot;linkedSchools&quot; (schools per area code), not both and not neither.</source>
        <translation>een nabijheidsklasse heeft &quot;nearest&quot; (een aantal scholen) of &quot;linkedSchools&quot; (scholen per gebiedscode) nodig, niet allebei en niet geen van beide.</translation>
    </message>
    <message>
        <source>&quot;vve&quot; or a list of group names</source>
        <translation>&quot;vve&quot; of een lijst met groepsnamen</translation>
    </message>
    <message>
        <source>&quot;first&quot; (reserve seats filled before the open seats) or &quot;last&quot;</source>
        <translation>&quot;first&quot; (gereserveerde plaatsen worden vóór de vrije plaatsen gevuld) of &quot;last&quot;</translation>
    </message>
    <message>
        <source>true (unused reserve seats go to everyone) or false (they stay empty)</source>
        <translation>true (ongebruikte gereserveerde plaatsen gaan naar iedereen) of false (ze blijven leeg)</translation>
    </message>
    <message>
        <source>must be &quot;vve&quot; (children with a VVE indication) or a list of group names (it is &quot;%1&quot;).</source>
        <translation>moet &quot;vve&quot; (kinderen met een VVE-indicatie) of een lijst met groepsnamen zijn (het is &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>a reserve needs either &quot;seats&quot; (a number per school) or &quot;share&quot; (of each school&apos;s capacity), not both.</source>
        <translation>een reservering heeft &quot;seats&quot; (een aantal per school) of &quot;share&quot; (een deel van de capaciteit van elke school) nodig, niet allebei.</translation>
    </message>
    <message>
        <source>a list of pools, e.g. [{&quot;groups&quot;: [&quot;low&quot;], &quot;share&quot;: 0.3}, ...]</source>
        <translation>een lijst van pools, bijv. [{&quot;groups&quot;: [&quot;low&quot;], &quot;share&quot;: 0.3}, ...]</translation>
    </message>
    <message>
        <source>true (seats a pool leaves unused go to the others) or false (they stay empty)</source>
        <translation>true (plaatsen die een pool niet gebruikt gaan naar de andere pools) of false (ze blijven leeg)</translation>
    </message>
    <message>
        <source>must be a list of at least two pools, e.g. [{&quot;groups&quot;: [&quot;low&quot;], &quot;share&quot;: 0.3}, ...].</source>
        <translation>moet een lijst van ten minste twee pools zijn, bijv. [{&quot;groups&quot;: [&quot;low&quot;], &quot;share&quot;: 0.3}, ...].</translation>
    </message>
    <message>
        <source>with &quot;relativeTo&quot;: &quot;gemeente&quot; the shares follow the gemeente&apos;s mix; remove &quot;share&quot; or set &quot;relativeTo&quot; to &quot;given&quot;.</source>
        <translation>met &quot;relativeTo&quot;: &quot;gemeente&quot; volgen de aandelen de samenstelling van de gemeente; verwijder &quot;share&quot; of zet &quot;relativeTo&quot; op &quot;given&quot;.</translation>
    </message>
    <message>
        <source>the pool&apos;s share of the seats, from 0 to 1</source>
        <translation>het aandeel van de pool in de plaatsen, van 0 tot 1</translation>
    </message>
    <message>
        <source>the pools&apos; shares add up to %1; make them add up to 1.</source>
        <translation>de aandelen van de pools tellen op tot %1; zorg dat ze samen 1 zijn.</translation>
    </message>
    <message>
        <source>the target share, from 0 to 1</source>
        <translation>het streefaandeel, van 0 tot 1</translation>
    </message>
    <message>
        <source>a target relative to the gemeente or the catchment takes its share from there; remove &quot;share&quot; or set &quot;relativeTo&quot; to &quot;given&quot;.</source>
        <translation>een streefwaarde ten opzichte van de gemeente of het voedingsgebied neemt het aandeel daarvandaan; verwijder &quot;share&quot; of zet &quot;relativeTo&quot; op &quot;given&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a file of Mengkaart admission rules (the &quot;format&quot; entry must be &quot;%2&quot;).</source>
        <translation>%1 is geen bestand met toelatingsregels van Mengkaart (het item &quot;format&quot; moet &quot;%2&quot; zijn).</translation>
    </message>
    <message>
        <source>%1 has admission rules version %2; this Mengkaart reads version 1. Update Mengkaart or write &quot;version&quot;: 1.</source>
        <translation>%1 heeft toelatingsregels van versie %2; deze Mengkaart leest versie 1. Werk Mengkaart bij of schrijf &quot;version&quot;: 1.</translation>
    </message>
    <message>
        <source>&quot;da&quot; (deferred acceptance) or &quot;boston&quot; (immediate acceptance)</source>
        <translation>&quot;da&quot; (uitgestelde acceptatie) of &quot;boston&quot; (directe toewijzing)</translation>
    </message>
    <message>
        <source>must be a list of priority classes in [ ], best class first.</source>
        <translation>moet een lijst van voorrangsklassen tussen [ ] zijn, de hoogste klasse eerst.</translation>
    </message>
    <message>
        <source>the rules may have one seat policy: &quot;reserve&quot;, &quot;baskets&quot; or &quot;targetMix&quot;. Keep one and remove the others.</source>
        <translation>de regels mogen één plaatsingsbeleid hebben: &quot;reserve&quot;, &quot;baskets&quot; of &quot;targetMix&quot;. Houd er één en verwijder de andere.</translation>
    </message>
    <message>
        <source>a back-up list appends the proximity schools, but the rules have no &quot;proximity&quot; class. Add one to &quot;priorities&quot; or set &quot;backup&quot; to false.</source>
        <translation>een reservelijst voegt de scholen in de nabijheid toe, maar de regels hebben geen klasse &quot;proximity&quot;. Voeg er een toe aan &quot;priorities&quot; of zet &quot;backup&quot; op false.</translation>
    </message>
    <message>
        <source>The admission rules %1 do not exist. Check the path, or name a preset: %2.</source>
        <translation>De toelatingsregels %1 bestaan niet. Controleer het pad, of noem een voorinstelling: %2.</translation>
    </message>
    <message>
        <source>The admission rules %1 cannot be opened: %2.</source>
        <translation>De toelatingsregels %1 kunnen niet worden geopend: %2.</translation>
    </message>
    <message>
        <source>The admission rules %1 are not valid JSON (at character %2). Fix the file or save the rules again.</source>
        <translation>De toelatingsregels %1 zijn geen geldige JSON (bij teken %2). Herstel het bestand of sla de regels opnieuw op.</translation>
    </message>
    <message>
        <source>The admission rules cannot be written to %1: %2.</source>
        <translation>De toelatingsregels kunnen niet worden geschreven naar %1: %2.</translation>
    </message>
</context>
<context>
    <name>Mk::AdmissionRulesDescription</name>
    <message>
        <source>(only at schools these data do not hold)</source>
        <translation>(alleen op scholen die niet in deze gegevens staan)</translation>
    </message>
    <message>
        <source>(only at %1)</source>
        <translation>(alleen op %1)</translation>
    </message>
    <message>
        <source>siblings (%1 of the children assumed to have one at a school)</source>
        <translation>broertjes en zusjes (aangenomen dat %1 van de kinderen er een op een school heeft)</translation>
    </message>
    <message numerus="yes">
        <source>children for whom the school is one of their %n nearest</source>
        <translation>
            <numerusform>kinderen voor wie de school bij hun %n dichtstbijzijnde school hoort</numerusform>
            <numerusform>kinderen voor wie de school een van hun %n dichtstbijzijnde scholen is</numerusform>
        </translation>
    </message>
    <message>
        <source>children of the areas linked to the school</source>
        <translation>kinderen uit de gebieden die aan de school gekoppeld zijn</translation>
    </message>
    <message>
        <source>(not at %1)</source>
        <translation>(niet op %1)</translation>
    </message>
    <message>
        <source>children with a VVE indication from the school&apos;s partner voorschool</source>
        <translation>kinderen met een VVE-indicatie van de voorschool waarmee de school samenwerkt</translation>
    </message>
    <message>
        <source>children from the school&apos;s partner voorschool</source>
        <translation>kinderen van de voorschool waarmee de school samenwerkt</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) per school</source>
        <translation>
            <numerusform>%n plaats per school</numerusform>
            <numerusform>%n plaatsen per school</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the seats</source>
        <translation>%1 van de plaatsen</translation>
    </message>
    <message>
        <source>children with a VVE indication</source>
        <translation>kinderen met een VVE-indicatie</translation>
    </message>
    <message>
        <source>children of %1</source>
        <translation>kinderen van %1</translation>
    </message>
    <message>
        <source>%1 reserved for %2, filled %3; %4</source>
        <translation>%1 gereserveerd voor %2, %3 gevuld; %4</translation>
    </message>
    <message>
        <source>first</source>
        <translation>eerst</translation>
    </message>
    <message>
        <source>last</source>
        <translation>als laatste</translation>
    </message>
    <message>
        <source>unused reserved seats go to anyone</source>
        <translation>ongebruikte gereserveerde plaatsen gaan naar iedereen</translation>
    </message>
    <message>
        <source>unused reserved seats stay empty</source>
        <translation>ongebruikte gereserveerde plaatsen blijven leeg</translation>
    </message>
    <message>
        <source>seats in pools by group, each with its own lottery: %1%2; %3</source>
        <translation>plaatsen in pools per groep, elk met een eigen loting: %1%2; %3</translation>
    </message>
    <message>
        <source>(each pool as large as its groups&apos; share of the gemeente)</source>
        <translation>(elke pool zo groot als het aandeel van zijn groepen in de gemeente)</translation>
    </message>
    <message>
        <source>unused seats move to the other pools</source>
        <translation>ongebruikte plaatsen gaan naar de andere pools</translation>
    </message>
    <message>
        <source>unused seats stay empty</source>
        <translation>ongebruikte plaatsen blijven leeg</translation>
    </message>
    <message>
        <source>their share of the gemeente</source>
        <translation>hun aandeel in de gemeente</translation>
    </message>
    <message>
        <source>their share of the school&apos;s catchment area</source>
        <translation>hun aandeel in het voedingsgebied van de school</translation>
    </message>
    <message>
        <source>a target mix: %1 at %2, give or take %3 points</source>
        <translation>een streefsamenstelling: %1 op %2, met een marge van %3 procentpunt</translation>
    </message>
    <message>
        <source>central admission by deferred acceptance</source>
        <translation>centrale toelating met uitgestelde acceptatie (DA)</translation>
    </message>
    <message>
        <source>decentral admission (adaptive Boston)</source>
        <translation>decentrale toelating (adaptieve directe toewijzing, Boston)</translation>
    </message>
    <message>
        <source>in which places stay provisional until every child has had her turn</source>
        <translation>waarbij plaatsen voorlopig blijven tot elk kind aan de beurt is geweest</translation>
    </message>
    <message>
        <source>in which each school admits in rounds and a place once given is final</source>
        <translation>waarbij elke school in rondes toelaat en een eenmaal gegeven plaats definitief is</translation>
    </message>
    <message>
        <source>no priority classes</source>
        <translation>geen voorrangsklassen</translation>
    </message>
    <message>
        <source>priority to %1</source>
        <translation>voorrang voor %1</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, dan </translation>
    </message>
    <message>
        <source>ties broken by one lottery number per child</source>
        <translation>bij gelijke voorrang beslist één lotnummer per kind</translation>
    </message>
    <message>
        <source>ties broken by a lottery of its own at every school</source>
        <translation>bij gelijke voorrang beslist een eigen loting op elke school</translation>
    </message>
    <message numerus="yes">
        <source>families list up to %n school(s)</source>
        <translation>
            <numerusform>gezinnen geven ten hoogste %n school op</numerusform>
            <numerusform>gezinnen geven ten hoogste %n scholen op</numerusform>
        </translation>
    </message>
    <message>
        <source>priority schools a family did not list are added after its list, nearest first</source>
        <translation>scholen met voorrang die een gezin niet opgaf, komen achter aan de lijst, de dichtstbijzijnde eerst</translation>
    </message>
    <message>
        <source>Decentral admission, as today (status quo)</source>
        <translation>Decentrale toelating, zoals nu (status quo)</translation>
    </message>
    <message>
        <source>Nijmegen (Schoolwijzer, three buurtscholen)</source>
        <translation>Nijmegen (Schoolwijzer, drie buurtscholen)</translation>
    </message>
    <message>
        <source>Utrecht (central admission since 2021)</source>
        <translation>Utrecht (centrale aanmelding sinds 2021)</translation>
    </message>
    <message>
        <source>Amsterdam primary schools (eight nearest schools)</source>
        <translation>Amsterdamse basisscholen (acht dichtstbijzijnde scholen)</translation>
    </message>
    <message>
        <source>Weesp (seats reserved for extra support)</source>
        <translation>Weesp (plaatsen gereserveerd voor extra ondersteuning)</translation>
    </message>
    <message>
        <source>Amstelveen and Ouderkerk (back-up list of priority schools)</source>
        <translation>Amstelveen en Ouderkerk (niet-gekozen voorrangsscholen als reservelijst)</translation>
    </message>
    <message>
        <source>Apeldoorn (back-up list of priority schools)</source>
        <translation>Apeldoorn (niet-gekozen voorrangsscholen als reservelijst)</translation>
    </message>
</context>
<context>
    <name>Mk::Afspiegeling</name>
    <message>
        <source>mirrors its area</source>
        <translation>afspiegeling van het voedingsgebied</translation>
    </message>
    <message>
        <source>over-represents %1</source>
        <translation>%1 oververtegenwoordigd</translation>
    </message>
    <message>
        <source>under-represents %1</source>
        <translation>%1 ondervertegenwoordigd</translation>
    </message>
    <message>
        <source>too few pupils to judge</source>
        <translation>te weinig leerlingen voor een oordeel</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation>%1 (schatting)</translation>
    </message>
    <message>
        <source>mirrors</source>
        <extracomment>afspiegeling verdict in a table cell: the school mirrors its catchment area</extracomment>
        <translation>afspiegeling</translation>
    </message>
    <message>
        <source>too few pupils</source>
        <extracomment>afspiegeling verdict in a table cell: the school is too small to judge</extracomment>
        <translation>te weinig leerlingen</translation>
    </message>
    <message>
        <source>possibly over-represents %1</source>
        <translation>mogelijk %1 oververtegenwoordigd</translation>
    </message>
    <message>
        <source>possibly under-represents %1</source>
        <translation>mogelijk %1 ondervertegenwoordigd</translation>
    </message>
</context>
<context>
    <name>Mk::AfspiegelingChart</name>
    <message>
        <source>Share (%)</source>
        <translation>Aandeel (%)</translation>
    </message>
    <message>
        <source>School (estimate)</source>
        <translation>School (schatting)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Catchment</source>
        <extracomment>catchment = voedingsgebied</extracomment>
        <translation>Voedingsgebied</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>%1
against its catchment and the gemeente</source>
        <extracomment>%1 = school name; the chart title has two lines</extracomment>
        <translation>%1
tegenover het voedingsgebied en de gemeente</translation>
    </message>
</context>
<context>
    <name>Mk::AfspiegelingDock</name>
    <message>
        <source>Afspiegeling</source>
        <extracomment>afspiegeling = whether a school mirrors its own neighbourhood</extracomment>
        <translation>Afspiegeling</translation>
    </message>
    <message>
        <source>How each school&apos;s catchment area (voedingsgebied) is drawn: the area closer to it than to any other school, every address within a distance, or the postcodes most of its pupils come from.</source>
        <translation>Hoe het voedingsgebied van elke school wordt bepaald: het gebied dat dichter bij deze school ligt dan bij een andere, elk adres binnen een afstand, of de postcodes waar de meeste leerlingen vandaan komen.</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The catchment is the smallest set of postcodes that supplies this share of the school&apos;s pupils.</source>
        <translation>Het voedingsgebied is de kleinste verzameling postcodes die dit aandeel van de leerlingen van de school levert.</translation>
    </message>
    <message>
        <source>The group whose gap colours the schools on the map and fills the table.</source>
        <translation>De groep waarvan het verschil de scholen op de kaart kleurt en de tabel vult.</translation>
    </message>
    <message>
        <source>Catchment</source>
        <translation>Voedingsgebied</translation>
    </message>
    <message>
        <source>Gap for group</source>
        <translation>Verschil voor groep</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Where the school composition comes from. An estimate is not a count: it shows the mix of the areas the pupils live in, not who actually enrolled.</source>
        <translation>Waar de samenstelling van de school vandaan komt. Een schatting is geen telling: ze toont de samenstelling van de gebieden waar de leerlingen wonen, niet wie zich werkelijk inschreef.</translation>
    </message>
    <message>
        <source>Drawing catchments and comparing schools…</source>
        <translation>Voedingsgebieden bepalen en scholen vergelijken…</translation>
    </message>
    <message>
        <source>Canceled. Choose a catchment method to start again.</source>
        <translation>Geannuleerd. Kies een methode voor voedingsgebieden om opnieuw te beginnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 school(s) do not mirror their catchment area.</source>
        <translation>
            <numerusform>%n van %1 scholen is geen afspiegeling van het voedingsgebied.</numerusform>
            <numerusform>%n van %1 scholen zijn geen afspiegeling van hun voedingsgebied.</numerusform>
        </translation>
    </message>
    <message>
        <source>School composition: %1</source>
        <translation>Samenstelling van de school: %1</translation>
    </message>
    <message>
        <source>all groups</source>
        <translation>alle groepen</translation>
    </message>
    <message>
        <source> [%1; %2]</source>
        <translation> [%1; %2]</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation> (schatting)</translation>
    </message>
    <message>
        <source>Distance band: every address within this distance of the school.</source>
        <translation>Afstandszone: elk adres binnen deze afstand van de school.</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <source>Choose a school in the table or on the map to compare it with its catchment area and the gemeente.</source>
        <translation>Kies een school in de tabel of op de kaart om die te vergelijken met haar voedingsgebied en de gemeente.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <extracomment>tab with the bar chart of one school against its catchment and the gemeente</extracomment>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <source>Residence or choice</source>
        <extracomment>tab: how much segregation comes from where people live, how much from school choice (wonen tegenover keuze)</extracomment>
        <translation>Wonen of keuze</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, %2:&lt;/b&gt; %3 if every child went to its nearest school; %4 as the schools are%5. School choice and admission add &lt;b&gt;%6&lt;/b&gt;%7.</source>
        <translation>&lt;b&gt;%1, %2:&lt;/b&gt; %3 als elk kind naar de dichtstbijzijnde school ging; %4 zoals de scholen nu zijn%5. Schoolkeuze en toelating voegen &lt;b&gt;%6&lt;/b&gt;%7 toe.</translation>
    </message>
    <message numerus="yes">
        <source>Schoolweging: %n of %1 school(s) differ from their pupils&apos; neighbourhoods (%2 possibly).</source>
        <translation>
            <numerusform>Schoolweging: %n van %1 scholen wijkt af van de woonbuurten van haar leerlingen (%2 mogelijk).</numerusform>
            <numerusform>Schoolweging: %n van %1 scholen wijken af van de woonbuurten van hun leerlingen (%2 mogelijk).</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nearest school&lt;/b&gt;: the value if every child went to the school closest to home, so that only where families live matters (the Inspectie&apos;s &apos;woonsegregatie&apos;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Added by choice and admission&lt;/b&gt;: the difference, with a 95 % bootstrap interval for chance in who enrols and lives where.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dichtstbijzijnde school&lt;/b&gt;: de waarde als elk kind naar de school het dichtst bij huis ging, zodat alleen telt waar gezinnen wonen (de &apos;woonsegregatie&apos; van de Inspectie).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Erbij door keuze en toelating&lt;/b&gt;: het verschil, met een bootstrap-interval van 95 % voor het toeval in wie zich inschrijft en wie waar woont.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Mk::AfspiegelingTableModel</name>
    <message>
        <source>Estimate: the mix of the areas this school&apos;s pupils come from, scaled to its pupil count. No per-school table was loaded.</source>
        <translation>Schatting: de samenstelling van de gebieden waar de leerlingen van deze school vandaan komen, geschaald naar het leerlingenaantal. Er is geen tabel per school geladen.</translation>
    </message>
    <message>
        <source>School share minus catchment share, in percentage points. The interval (95 %) reflects chance in who enrols at a school of this size.</source>
        <translation>Aandeel op school min aandeel in het voedingsgebied, in procentpunten. Het interval (95%) geeft het toeval weer in wie zich inschrijft bij een school van deze grootte.</translation>
    </message>
    <message>
        <source>%1 [%2; %3]</source>
        <extracomment>gap in percentage points with its interval, e.g. &quot;+12,3 [8,1; 16,4]&quot;</extracomment>
        <translation>%1 [%2; %3]</translation>
    </message>
    <message>
        <source>Afspiegeling gap: how many percentage points the school&apos;s share of %1 lies above (+) or below (−) that of its own catchment area.</source>
        <translation>Afspiegelingsverschil: hoeveel procentpunten het aandeel %1 op de school boven (+) of onder (−) dat van het eigen voedingsgebied ligt.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <source>School: %1</source>
        <translation>School: %1</translation>
    </message>
    <message>
        <source>Catchment</source>
        <extracomment>catchment = voedingsgebied</extracomment>
        <translation>Voedingsgebied</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Gap (points)</source>
        <translation>Verschil (%-punt)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Pupils in the school composition table: the shares rest on them.</source>
        <translation>Leerlingen in de tabel met de schoolsamenstelling: daarop rusten de aandelen.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Bron: %1.</translation>
    </message>
    <message>
        <source>School: %1 (estimate)</source>
        <extracomment>column header over school shares that are a model estimate, e.g. &quot;School: Europe (estimate)&quot;</extracomment>
        <translation>School: %1 (schatting)</translation>
    </message>
    <message>
        <source>Verdict (estimate)</source>
        <translation>Oordeel (schatting)</translation>
    </message>
    <message>
        <source>%1. An estimate from where the pupils live: it cannot see sorting within a postcode, so it cannot show that a school differs from its own neighbourhood; see the SES column.</source>
        <translation>%1. Een schatting op basis van waar de leerlingen wonen: sortering binnen een postcode blijft onzichtbaar, dus hiermee is niet te zien dat een school afwijkt van haar eigen omgeving; zie de kolom SES.</translation>
    </message>
    <message>
        <source>Schoolweging %1; expected from the pupils&apos; home postcodes %2 [%3; %4]. %5</source>
        <extracomment>tooltip of the SES column: schoolweging, its prediction from the home postcodes with the interval, the verdict</extracomment>
        <translation>Schoolweging %1; verwacht op basis van de woonpostcodes van de leerlingen %2 [%3; %4]. %5</translation>
    </message>
    <message>
        <source>SES afspiegeling: the Inspectie schoolweging against the schoolweging the pupils&apos; own home postcodes predict (CBS figures and SES-WOA, a model fitted on every school of the country). + means more disadvantaged pupils than their neighbourhoods.</source>
        <translation>SES-afspiegeling: de schoolweging van de Inspectie tegenover de schoolweging die de eigen woonpostcodes van de leerlingen voorspellen (CBS-cijfers en SES-WOA, een model geschat op alle scholen van het land). + betekent meer leerlingen met een achterstand dan hun woonbuurten doen verwachten.</translation>
    </message>
    <message>
        <source>SES vs neighbourhoods</source>
        <extracomment>column header: the schoolweging against what the pupils&apos; neighbourhoods predict</extracomment>
        <translation>SES t.o.v. woonbuurten</translation>
    </message>
</context>
<context>
    <name>Mk::AreaInterpolator</name>
    <message>
        <source>Canceled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>GEOS could not intersect catchment %1 with area %2. Repair the area geometries (for example with QGIS &quot;Fix geometries&quot;) and try again.</source>
        <translation>GEOS kon de doorsnede van voedingsgebied %1 en gebied %2 niet bepalen. Herstel de geometrieën van de gebieden (bijvoorbeeld met &quot;Geometrieën repareren&quot; in QGIS) en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Mk::AreaLoader</name>
    <message>
        <source>%1 has several layers (%2); the layer &quot;%3&quot; was used. Choose another with --layer.</source>
        <translation>%1 heeft meerdere lagen (%2); de laag &quot;%3&quot; is gebruikt. Kies een andere met --layer.</translation>
    </message>
    <message>
        <source>The layer &quot;%1&quot; of %2 has no geometries; area units need polygons. Choose the buurt or wijk layer of the Wijk- en Buurtkaart.</source>
        <translation>De laag &quot;%1&quot; van %2 heeft geen geometrieën; gebieden hebben vlakken nodig. Kies de buurt- of wijklaag van de Wijk- en Buurtkaart.</translation>
    </message>
    <message>
        <source>The column mapping names the column &quot;%1&quot;, which %2 (layer &quot;%3&quot;) does not have. Its columns are: %4. Adjust the mapping to this file.</source>
        <translation>De kolomkoppeling noemt de kolom &quot;%1&quot;, maar %2 (laag &quot;%3&quot;) heeft die niet. De kolommen zijn: %4. Pas de koppeling aan dit bestand aan.</translation>
    </message>
    <message>
        <source>%1 has no column with the area code (looked for buurtcode, BU_CODE, wijkcode, WK_CODE, statcode, code, gemeentecode, GM_CODE). Its columns are: %2. Rename the code column or choose the right layer.</source>
        <translation>%1 heeft geen kolom met de gebiedscode (gezocht naar buurtcode, BU_CODE, wijkcode, WK_CODE, statcode, code, gemeentecode, GM_CODE). De kolommen zijn: %2. Geef de codekolom een van deze namen of kies de juiste laag.</translation>
    </message>
    <message>
        <source>%1 has no gemeente-name column (gemeentenaam or GM_NAAM), so the gemeente &quot;%2&quot; cannot be chosen by name. Give its CBS code instead, for example GM0268 for Nijmegen.</source>
        <translation>%1 heeft geen kolom met de gemeentenaam (gemeentenaam of GM_NAAM), dus de gemeente &quot;%2&quot; kan niet op naam worden gekozen. Geef in plaats daarvan de CBS-code, bijvoorbeeld GM0268 voor Nijmegen.</translation>
    </message>
    <message>
        <source>%1, %2: the code column &quot;%3&quot; is empty. Every area needs a code; fix or remove that feature.</source>
        <translation>%1, %2: de codekolom &quot;%3&quot; is leeg. Elk gebied heeft een code nodig; vul die in of verwijder dit object.</translation>
    </message>
    <message>
        <source>%1, %2: the code %3 in column &quot;%4&quot; also occurs in an earlier feature. Area codes must be unique; remove the duplicate or choose the layer with one feature per area.</source>
        <translation>%1, %2: de code %3 in kolom &quot;%4&quot; komt ook voor bij een eerder object. Gebiedscodes moeten uniek zijn; verwijder het dubbele object of kies de laag met één object per gebied.</translation>
    </message>
    <message>
        <source>%1, %2: area %3 has no usable geometry; it is kept without a shape and cannot be drawn.</source>
        <translation>%1, %2: gebied %3 heeft geen bruikbare geometrie; het wordt zonder vorm bewaard en kan niet worden getekend.</translation>
    </message>
    <message>
        <source>%1: the geometry of %2 was invalid (self-intersecting) and has been repaired.</source>
        <translation>%1: de geometrie van %2 was ongeldig (snijdt zichzelf) en is hersteld.</translation>
    </message>
    <message>
        <source>The gemeente &quot;%1&quot; does not occur in %2 (layer &quot;%3&quot;). It holds %4 gemeenten, for example %5. Check the spelling or give the CBS code (GM....).</source>
        <translation>De gemeente &quot;%1&quot; komt niet voor in %2 (laag &quot;%3&quot;). Het bestand bevat %4 gemeenten, bijvoorbeeld %5. Controleer de spelling of geef de CBS-code (GM....).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n water-only area(s) (WATER = JA) were skipped.</source>
        <translation>
            <numerusform>%1: %n gebied met alleen water (WATER = JA) is overgeslagen.</numerusform>
            <numerusform>%1: %n gebieden met alleen water (WATER = JA) zijn overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no gemeente or area code column. Its columns are: %2. Choose the buurt, wijk or gemeente layer of the Wijk- en Buurtkaart.</source>
        <translation>%1 heeft geen kolom met een gemeente- of gebiedscode. De kolommen zijn: %2. Kies de buurt-, wijk- of gemeentelaag van de Wijk- en Buurtkaart.</translation>
    </message>
    <message>
        <source>The layer &quot;%1&quot; of %2 has no features. Choose another layer or export the file again.</source>
        <translation>De laag &quot;%1&quot; van %2 heeft geen objecten. Kies een andere laag of exporteer het bestand opnieuw.</translation>
    </message>
    <message>
        <source>has a vertex with an invalid coordinate (NaN or infinite). Repair the geometry in a GIS (for example QGIS: Fix geometries) or export the layer again.</source>
        <translation>heeft een hoekpunt met een ongeldige coördinaat (NaN of oneindig). Herstel de geometrie in een GIS (bijvoorbeeld QGIS: Geometrieën repareren) of exporteer de laag opnieuw.</translation>
    </message>
    <message>
        <source>reaches outside the Netherlands (its extent runs from %1, %2 to %3, %4 in RD New metres). A vertex is probably misplaced, or the layer&apos;s coordinate reference system is wrong; check the polygon in a GIS.</source>
        <translation>reikt tot buiten Nederland (het loopt van %1, %2 tot %3, %4 in RD New-meters). Waarschijnlijk staat er een hoekpunt verkeerd, of is het coördinatenstelsel van de laag onjuist; controleer het vlak in een GIS.</translation>
    </message>
    <message>
        <source>covers %1 km², more than any such area can (at most %2 km²). A vertex is probably misplaced; check the polygon in a GIS.</source>
        <translation>beslaat %1 km², meer dan zo&apos;n gebied kan beslaan (hoogstens %2 km²). Waarschijnlijk staat er een hoekpunt verkeerd; controleer het vlak in een GIS.</translation>
    </message>
    <message>
        <source>%1, %2: the polygon of area %3 %4</source>
        <translation>%1, %2: het vlak van gebied %3 %4</translation>
    </message>
    <message>
        <source>%1, %2 (area %3)</source>
        <translation>%1, %2 (gebied %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot;: some values are not numbers (NaN or infinite, the first in area %3); they are treated as missing. Export the layer again if the column matters.</source>
        <translation>%1, kolom &quot;%2&quot;: sommige waarden zijn geen getal (NaN of oneindig, de eerste in gebied %3); ze worden als ontbrekend behandeld. Exporteer de laag opnieuw als de kolom ertoe doet.</translation>
    </message>
</context>
<context>
    <name>Mk::AreaTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Wijk</source>
        <extracomment>column header: the wijk (district) a buurt belongs to</extracomment>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Map value</source>
        <translation>Kaartwaarde</translation>
    </message>
</context>
<context>
    <name>Mk::AttributeTableDock</name>
    <message>
        <source>Attribute table</source>
        <translation>Attributentabel</translation>
    </message>
    <message>
        <source>Filter rows (name, code, value)…</source>
        <translation>Rijen filteren (naam, code, waarde)…</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <source>Buurten</source>
        <translation>Buurten</translation>
    </message>
    <message>
        <source>Wijken</source>
        <translation>Wijken</translation>
    </message>
</context>
<context>
    <name>Mk::BackgroundTask</name>
    <message>
        <source>The calculation stopped because of an internal error.</source>
        <translation>De berekening is gestopt door een interne fout.</translation>
    </message>
</context>
<context>
    <name>Mk::BerryContraction</name>
    <message>
        <source>The demand function returned %1 values for %2 schools.</source>
        <translation>De vraagfunctie gaf %1 waarden voor %2 scholen.</translation>
    </message>
    <message>
        <source>The demand function returned a negative or non-finite demand (%1).</source>
        <translation>De vraagfunctie gaf een negatieve of niet-eindige vraag (%1).</translation>
    </message>
    <message>
        <source>The contraction got %1 constants, %2 observed counts and %3 full-school flags; they must be one per school.</source>
        <translation>De contractie kreeg %1 constanten, %2 waargenomen aantallen en %3 markeringen voor volle scholen; het moet er één per school zijn.</translation>
    </message>
    <message>
        <source>The contraction needs a damping in (0, 1], a tolerance and a largest step above 0 and at least one iteration.</source>
        <translation>De contractie heeft een demping in (0, 1], een tolerantie en een grootste stap boven 0 en ten minste één iteratie nodig.</translation>
    </message>
    <message>
        <source>School %1 has an observed count or a starting constant that is not a finite number of at least 0.</source>
        <translation>School %1 heeft een waargenomen aantal of een beginconstante die geen eindig getal van ten minste 0 is.</translation>
    </message>
</context>
<context>
    <name>Mk::Briefing</name>
    <message>
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <source>Indices with their 95 % intervals, at random and at the nearest school</source>
        <translation>Indexen met hun 95%-intervallen, bij toeval en bij de dichtstbijzijnde school</translation>
    </message>
    <message>
        <source>The schools with the largest gaps for &quot;%1&quot;</source>
        <translation>De scholen met de grootste verschillen voor &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Bars: the group&apos;s share at the school, among the children of its catchment area and in the whole gemeente; whiskers: the 95 % interval of the school&apos;s share. Numbers refer to the school table and the map.</source>
        <translation>Staven: het aandeel van de groep op de school, onder de kinderen in het voedingsgebied en in de hele gemeente; strepen: het 95%-interval van het aandeel op de school. De nummers verwijzen naar de scholentabel en de kaart.</translation>
    </message>
    <message>
        <source>%1 — LEA briefing of %2</source>
        <translation>%1 — LEA-notitie van %2</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>pagina %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Yes, but within the margin of chance</source>
        <translation>Ja, maar binnen de marge van het toeval</translation>
    </message>
    <message>
        <source>Not yet, but within the margin of chance</source>
        <translation>Nog niet, maar binnen de marge van het toeval</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Cannot be said</source>
        <translation>Niet te zeggen</translation>
    </message>
    <message>
        <source>LEA goals</source>
        <translation>LEA-doelen</translation>
    </message>
    <message>
        <source>No LEA goals are recorded. Once the gemeente and the school boards agree on measurable goals (for example: at least 60 % of the schools mirror their catchment area by 2027), they are shown here against their current value.</source>
        <translation>Er zijn geen LEA-doelen vastgelegd. Zodra gemeente en schoolbesturen meetbare doelen afspreken (bijvoorbeeld: in 2027 is ten minste 60 % van de scholen een afspiegeling van het eigen voedingsgebied), staan ze hier naast hun huidige waarde.</translation>
    </message>
    <message>
        <source>The goals agreed in the LEA, each against its current value. Intervals are 95 %; “within the margin of chance” means the interval reaches the other side of the target.</source>
        <translation>De doelen die in de LEA zijn afgesproken, elk naast de huidige waarde. Intervallen zijn 95%-intervallen; ‘binnen de marge van het toeval’ betekent dat het interval aan de andere kant van het doel uitkomt.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>at least %1 by %2</source>
        <translation>ten minste %1 in %2</translation>
    </message>
    <message>
        <source>at most %1 by %2</source>
        <translation>ten hoogste %1 in %2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>%1 of %2 schools</source>
        <translation>%1 van %2 scholen</translation>
    </message>
    <message>
        <source>Current value (%1)</source>
        <translation>Huidige waarde (%1)</translation>
    </message>
    <message>
        <source>Met?</source>
        <translation>Gehaald?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Ontwikkeling</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Source: %1; map: Mengkaart.</source>
        <translation>Bron: %1; bewerking: Mengkaart.</translation>
    </message>
    <message>
        <source>Colours: %1 per buurt, in five classes with equally many buurten. Symbols: the schools of the table, numbered as there, shaped and coloured by denomination and sized by pupils. Lines: the catchment areas and the gemeente boundary.</source>
        <translation>Kleuren: %1 per buurt, in vijf klassen met evenveel buurten. Symbolen: de scholen uit de tabel, met hetzelfde nummer, vorm en kleur naar denominatie en grootte naar aantal leerlingen. Lijnen: de voedingsgebieden en de gemeentegrens.</translation>
    </message>
    <message>
        <source>Schools and their catchment areas</source>
        <translation>Scholen en hun voedingsgebied</translation>
    </message>
    <message>
        <source>For each school: the share of each group among its pupils (school) and among the children who live in its catchment area (area; the methods page says how the areas are drawn). The gap is for &quot;%1&quot;: the school&apos;s share minus the area&apos;s, in percentage points, with its 95 % interval. The numbers match the map.</source>
        <translation>Per school: het aandeel van elke groep onder de leerlingen (school) en onder de kinderen die in het voedingsgebied wonen (gebied; hoe de gebieden zijn bepaald staat bij de methoden). Het verschil is voor &quot;%1&quot;: het aandeel op de school min dat in het gebied, in procentpunten, met het 95%-interval. De nummers komen overeen met de kaart.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <source>area</source>
        <extracomment>short column header: the children living in the school&apos;s catchment area (voedingsgebied)</extracomment>
        <translation>gebied</translation>
    </message>
    <message>
        <source>Gap %1
(points)</source>
        <translation>Verschil %1
(%-punten)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>%1 pupils</source>
        <translation>%1 leerlingen</translation>
    </message>
    <message>
        <source>%1 withheld to protect privacy (fewer than %2 children, or it would give such a figure away); %3 no data. Catchment shares are estimates from buurt data.</source>
        <translation>%1 afgeschermd voor de privacy (minder dan %2 kinderen, of het zou zo&apos;n getal verraden); %3 geen gegevens. De aandelen in het voedingsgebied zijn schattingen uit buurtgegevens.</translation>
    </message>
    <message>
        <source>Title page</source>
        <translation>Titelpagina</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <source>Catchment areas</source>
        <translation>Voedingsgebieden</translation>
    </message>
    <message>
        <source>Privacy threshold</source>
        <translation>Privacydrempel</translation>
    </message>
    <message>
        <source>%1 children</source>
        <translation>%1 kinderen</translation>
    </message>
    <message>
        <source>In this briefing</source>
        <translation>In deze notitie</translation>
    </message>
    <message>
        <source>How to read it</source>
        <translation>Leeswijzer</translation>
    </message>
    <message>
        <source>Numbers in square brackets are 95 % intervals: the range a figure could take by chance alone. Figures marked * are estimates. To protect children&apos;s privacy, figures resting on fewer than %1 children are shown as %2; %3 means no data. The methods page at the end explains every index and source.</source>
        <translation>Getallen tussen vierkante haken zijn 95%-intervallen: de marge waarbinnen een getal door toeval alleen kan liggen. Getallen met een * zijn schattingen. Ter bescherming van de privacy van kinderen staan getallen die op minder dan %1 kinderen berusten als %2; %3 betekent geen gegevens. De pagina met methoden achteraan legt elke index en bron uit.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>In brief</source>
        <translation>In het kort</translation>
    </message>
    <message>
        <source>Segregation indices of the school composition</source>
        <translation>Segregatie-indexen van de schoolsamenstelling</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Value
[95 % interval]</source>
        <translation>Waarde
[95%-interval]</translation>
    </message>
    <message>
        <source>At random</source>
        <translation>Bij toeval</translation>
    </message>
    <message>
        <source>Bias-corrected</source>
        <translation>Gecorrigeerd
voor vertekening</translation>
    </message>
    <message>
        <source>Nearest school</source>
        <translation>Dichtstbijzijnde school</translation>
    </message>
    <message>
        <source>Added by choice
[95 % interval]</source>
        <translation>Toegevoegd door keuze
[95%-interval]</translation>
    </message>
    <message>
        <source>lower = more segregated</source>
        <translation>lager = meer gescheiden</translation>
    </message>
    <message>
        <source>Value: the index for the schools as they are. At random: the value if the same pupils were spread at random over the same schools; a value near it is no evidence of segregation. Bias-corrected: the value without the small-school effect. Nearest school: the value if every child attended its nearest school, i.e. what where families live explains. Added by choice: the difference, which is real only when its interval lies wholly above 0. The methods page defines each index.</source>
        <translation>Waarde: de index voor de scholen zoals ze zijn. Bij toeval: de waarde als dezelfde leerlingen willekeurig over dezelfde scholen verdeeld waren; een waarde daar dichtbij is geen bewijs van segregatie. Gecorrigeerd voor vertekening: de waarde zonder het effect van kleine scholen. Dichtstbijzijnde school: de waarde als elk kind naar de dichtstbijzijnde school ging, dus wat de woonplek van gezinnen verklaart. Toegevoegd door keuze: het verschil; dat is alleen echt als het interval helemaal boven 0 ligt. De pagina met methoden omschrijft elke index.</translation>
    </message>
    <message>
        <source>Methods and sources</source>
        <translation>Methoden en bronnen</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Gegevensbronnen</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Begrippen</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Aannames</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>About this briefing</source>
        <translation>Over deze notitie</translation>
    </message>
    <message>
        <source>Made with Mengkaart %1 (free software, GPL-3.0-or-later) on %2 from the files listed above; %3 bootstrap replicates with random seed %4, so the same files give the same briefing.</source>
        <translation>Gemaakt met Mengkaart %1 (vrije software, GPL-3.0-or-later) op %2 uit de bestanden hierboven; %3 bootstrapherhalingen met toevalsstartwaarde %4, zodat dezelfde bestanden dezelfde notitie geven.</translation>
    </message>
    <message>
        <source>%1 against the rest</source>
        <translation>%1 tegenover de rest</translation>
    </message>
    <message>
        <source>all groups</source>
        <translation>alle groepen</translation>
    </message>
    <message>
        <source>School segregation in %1</source>
        <translation>Schoolsegregatie in %1</translation>
    </message>
    <message>
        <source>Briefing for the Lokale Educatieve Agenda (LEA)</source>
        <translation>Notitie voor de Lokale Educatieve Agenda (LEA)</translation>
    </message>
    <message>
        <source>areas and children %1</source>
        <translation>gebieden en kinderen %1</translation>
    </message>
    <message>
        <source>schoolweging %1</source>
        <translation>schoolweging %1</translation>
    </message>
    <message>
        <source>schoolweging %1 to %2</source>
        <translation>schoolweging %1 tot en met %2</translation>
    </message>
    <message>
        <source>nearest-school areas: each part of the gemeente belongs to its nearest school</source>
        <translation>nabijheidsgebieden: elk deel van de gemeente hoort bij de dichtstbijzijnde school</translation>
    </message>
    <message>
        <source>everything within %1 metres of each school</source>
        <translation>alles binnen %1 meter van elke school</translation>
    </message>
    <message>
        <source>the postcode areas that supply %1 % of a school&apos;s pupils</source>
        <translation>de postcodegebieden die %1 % van de leerlingen van een school leveren</translation>
    </message>
    <message numerus="yes">
        <source>%n primary school(s)</source>
        <translation>
            <numerusform>%n basisschool</numerusform>
            <numerusform>%n basisscholen</numerusform>
        </translation>
    </message>
    <message>
        <source>The part of the gemeente for which the school is the nearest school (a Voronoi area). Its children are counted from the buurten it covers, in proportion to area.</source>
        <translation>Het deel van de gemeente waarvoor de school de dichtstbijzijnde is (een Voronoi-gebied, nabijheidsgebied). De kinderen erin worden geteld uit de buurten die het bedekt, naar rato van de oppervlakte.</translation>
    </message>
    <message>
        <source>Everything within %1 metres of the school, inside the gemeente. Its children are counted from the buurten it covers, in proportion to area.</source>
        <translation>Alles binnen %1 meter van de school, binnen de gemeente. De kinderen erin worden geteld uit de buurten die het bedekt, naar rato van de oppervlakte.</translation>
    </message>
    <message>
        <source>The postcode areas that together supply %1 of the school&apos;s pupils (DUO, pupils by home postcode).</source>
        <translation>De postcodegebieden die samen %1 van de leerlingen van de school leveren (DUO, leerlingen naar woonpostcode).</translation>
    </message>
    <message>
        <source>The share of the pupils that would have to change school for every school to have the mix of the gemeente: 0 means every school has the same mix, 1 complete separation. For one group against the rest D = Σ tᵢ |pᵢ − P| / (2 T P (1 − P)) (Duncan &amp; Duncan 1955); over all groups the multigroup D (Morgan 1975). Below %1 is called low, from %2 high (Massey &amp; Denton 1993).</source>
        <translation>Het aandeel van de leerlingen dat van school zou moeten wisselen opdat elke school de samenstelling van de gemeente heeft: 0 betekent dat elke school dezelfde samenstelling heeft, 1 volledige scheiding. Voor één groep tegenover de rest D = Σ tᵢ |pᵢ − P| / (2 T P (1 − P)) (Duncan &amp; Duncan 1955); over alle groepen de meergroepen-D (Morgan 1975). Onder %1 heet laag, vanaf %2 hoog (Massey &amp; Denton 1993).</translation>
    </message>
    <message>
        <source>How much better a pupil&apos;s group can be guessed when the school is known: 0 not at all, 1 exactly. H = M / E, E the entropy of the group shares in the gemeente (Theil 1972; Reardon &amp; Firebaugh 2002).</source>
        <translation>Hoeveel beter de groep van een leerling te raden is als de school bekend is: 0 helemaal niet, 1 precies. H = M / E, met E de entropie van de groepsaandelen in de gemeente (Theil 1972; Reardon &amp; Firebaugh 2002).</translation>
    </message>
    <message>
        <source>The information (in nats) the school gives about a pupil&apos;s group, M = Σ (tᵢ / T) Σ pᵢₖ ln(pᵢₖ / Pₖ); it splits exactly into parts, e.g. between and within wijken (Theil &amp; Finizza 1971; Frankel &amp; Volij 2011).</source>
        <translation>De informatie (in nats) die de school geeft over de groep van een leerling, M = Σ (tᵢ / T) Σ pᵢₖ ln(pᵢₖ / Pₖ); ze splitst precies in delen, bijvoorbeeld tussen en binnen wijken (Theil &amp; Finizza 1971; Frankel &amp; Volij 2011).</translation>
    </message>
    <message>
        <source>The average share of a pupil&apos;s schoolmates who belong to the pupil&apos;s own group (Lieberson 1981). Compare it with the group&apos;s share of all pupils.</source>
        <translation>Het gemiddelde aandeel van de medeleerlingen dat tot de eigen groep van een leerling behoort (Lieberson 1981). Vergelijk het met het aandeel van de groep onder alle leerlingen.</translation>
    </message>
    <message>
        <source>The average share of a group&apos;s schoolmates who belong to the other groups (Lieberson 1981); isolation plus exposure is 1, so here a lower value means more segregation.</source>
        <translation>Het gemiddelde aandeel van de medeleerlingen van een groep dat tot de andere groepen behoort (Lieberson 1981); isolatie plus kans op ontmoeting is 1, dus hier betekent een lagere waarde meer segregatie.</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>Every [low; high] is a 95 % interval. For the indices it is the spread of the index over %1 resamples of the pupils (bootstrap; Efron &amp; Tibshirani 1993), placed around the value (shifted by the bootstrap&apos;s bias). It shows how much a value could move by chance in who happens to attend which school.</source>
        <translation>Elk [laag; hoog] is een 95%-interval. Voor de indexen is het de spreiding van de index over %1 hersteekproeven van de leerlingen (bootstrap; Efron &amp; Tibshirani 1993), rond de waarde gelegd (verschoven met de vertekening van de bootstrap). Het laat zien hoeveel een waarde door toeval kan bewegen in wie toevallig welke school bezoekt.</translation>
    </message>
    <message>
        <source>At random, bias-corrected</source>
        <translation>Bij toeval, gecorrigeerd voor vertekening</translation>
    </message>
    <message>
        <source>“At random” is the index when the same pupils are spread at random over the same schools (Carrington &amp; Troske 1997): small schools make D and H look higher even then. Segregation counts as beyond chance when random spreading gives a value at least as high in fewer than 5 % of the draws. The bias-corrected value removes the bootstrap&apos;s estimate of that small-school effect.</source>
        <translation>‘Bij toeval’ is de index als dezelfde leerlingen willekeurig over dezelfde scholen verdeeld worden (Carrington &amp; Troske 1997): kleine scholen laten D en H ook dan hoger lijken. Segregatie gaat verder dan toeval als een willekeurige verdeling in minder dan 5 % van de trekkingen een even hoge waarde geeft. De voor vertekening gecorrigeerde waarde haalt de bootstrapschatting van dat effect van kleine scholen eraf.</translation>
    </message>
    <message>
        <source>The index if every child went to the nearest school: the segregation that where families live explains (Inspectie van het Onderwijs, Staat van het Onderwijs 2018). The difference with the actual value is the part added by school choice and admission; it counts as real when its interval lies wholly above zero.</source>
        <translation>De index als elk kind naar de dichtstbijzijnde school ging: de segregatie die de woonplek van gezinnen verklaart (Inspectie van het Onderwijs, Staat van het Onderwijs 2018). Het verschil met de werkelijke waarde is het deel dat schoolkeuze en toelating toevoegen; het telt als echt als het interval helemaal boven nul ligt.</translation>
    </message>
    <message>
        <source>Catchment area (voedingsgebied)</source>
        <translation>Voedingsgebied</translation>
    </message>
    <message>
        <source>Afspiegeling</source>
        <translation>Afspiegeling</translation>
    </message>
    <message>
        <source>A school mirrors its catchment area unless the share of a group at the school differs by at least %1 percentage points from that among the children of its catchment, and the 95 % interval of the school&apos;s share (Wilson 1927) excludes the catchment&apos;s share. The gap is school share minus catchment share, in percentage points. Schools with fewer than %2 pupils are not judged.</source>
        <translation>Een school is een afspiegeling van haar voedingsgebied, tenzij het aandeel van een groep op de school ten minste %1 procentpunt afwijkt van dat onder de kinderen in het voedingsgebied én het 95%-interval van het aandeel op de school (Wilson 1927) het aandeel in het voedingsgebied uitsluit. Het verschil is het aandeel op de school min het aandeel in het voedingsgebied, in procentpunten. Scholen met minder dan %2 leerlingen krijgen geen oordeel.</translation>
    </message>
    <message>
        <source>The standard deviation of the schools&apos; schoolweging (CBS), each school weighted by its pupils. Its interval varies every school&apos;s mean by its own spread divided by the square root of its pupils (parametric bootstrap).</source>
        <translation>De standaardafwijking van de schoolweging (CBS) van de scholen, elke school gewogen naar haar leerlingen. Het interval varieert het gemiddelde van elke school met haar eigen spreiding gedeeld door de wortel uit haar aantal leerlingen (parametrische bootstrap).</translation>
    </message>
    <message>
        <source>Children per group in the areas: %1</source>
        <translation>Kinderen per groep in de gebieden: %1</translation>
    </message>
    <message>
        <source>School composition: %1.</source>
        <translation>Schoolsamenstelling: %1.</translation>
    </message>
    <message>
        <source>Estimated figures are marked * in the school table. They cannot see sorting within a postcode area, so the segregation they show is a lower bound, and their intervals cover chance in who enrols, not the error of the estimate.</source>
        <translation>Geschatte getallen hebben in de scholentabel een *. Ze zien geen sortering binnen een postcodegebied, dus de segregatie die ze laten zien is een ondergrens, en hun intervallen dekken het toeval in wie zich inschrijft, niet de fout van de schatting.</translation>
    </message>
    <message>
        <source>Catchments and the nearest-school comparison use whole postcode areas, the resolution of the estimate.</source>
        <translation>De voedingsgebieden en de vergelijking met de dichtstbijzijnde school gebruiken hele postcodegebieden, de resolutie van de schatting.</translation>
    </message>
    <message>
        <source>Only regular primary schools take part; special schools draw their pupils from a much wider area.</source>
        <translation>Alleen reguliere basisscholen doen mee; speciale scholen trekken leerlingen uit een veel groter gebied.</translation>
    </message>
    <message>
        <source>Figures resting on fewer than %1 children are shown as %2, and so are the figures from which they could be computed back (secondary suppression: a total minus the other figures). %3 means no data. On the map, hatching marks withheld values and white marks missing ones.</source>
        <translation>Getallen die op minder dan %1 kinderen berusten staan als %2, en ook de getallen waaruit ze terug te rekenen zouden zijn (secundaire afscherming: een totaal min de andere getallen). %3 betekent geen gegevens. Op de kaart zijn afgeschermde waarden gearceerd en ontbrekende wit.</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>matig</translation>
    </message>
    <message>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <source>Segregation between the primary schools by %1 is %2: the dissimilarity index D is %3 %4, on a scale from 0 (every school has the mix of the gemeente) to 1 (complete separation).</source>
        <translation>De segregatie tussen de basisscholen naar %1 is %2: de segregatie-index D is %3 %4, op een schaal van 0 (elke school heeft de samenstelling van de gemeente) tot 1 (volledige scheiding).</translation>
    </message>
    <message>
        <source>That is more than chance: with the same pupils spread at random over the same schools, D would be about %1.</source>
        <translation>Dat is meer dan toeval: als dezelfde leerlingen willekeurig over dezelfde scholen verdeeld waren, zou D ongeveer %1 zijn.</translation>
    </message>
    <message>
        <source>That is not more than chance alone gives with schools of these sizes (about %1 when pupils are spread at random), so the differences between schools may be noise.</source>
        <translation>Dat is niet meer dan toeval alleen geeft bij scholen van deze grootte (ongeveer %1 bij een willekeurige verdeling van de leerlingen), dus de verschillen tussen scholen kunnen ruis zijn.</translation>
    </message>
    <message>
        <source>If every child attended its nearest school, D would be %1: that part comes from where families live. School choice and admission add %2.</source>
        <translation>Als elk kind naar de dichtstbijzijnde school ging, zou D %1 zijn: dat deel komt van waar gezinnen wonen. Schoolkeuze en toelating voegen %2 toe.</translation>
    </message>
    <message>
        <source>If every child attended its nearest school, D would be %1: the schools are more mixed than their neighbourhoods, so choice and admission lower segregation (%2).</source>
        <translation>Als elk kind naar de dichtstbijzijnde school ging, zou D %1 zijn: de scholen zijn gemengder dan hun omgeving, dus keuze en toelating verlagen de segregatie (%2).</translation>
    </message>
    <message>
        <source>If every child attended its nearest school, D would be %1; the difference with the actual value (%2) is within chance, so the data show no segregation added by school choice.</source>
        <translation>Als elk kind naar de dichtstbijzijnde school ging, zou D %1 zijn; het verschil met de werkelijke waarde (%2) valt binnen de toevalsmarge, dus de gegevens laten geen segregatie zien die door schoolkeuze wordt toegevoegd.</translation>
    </message>
    <message>
        <source>In short: there is segregation beyond what chance and housing explain.</source>
        <translation>Kortom: er is segregatie die verder gaat dan wat toeval en woonplek verklaren.</translation>
    </message>
    <message>
        <source>In short: segregation goes beyond chance, but where families live explains it.</source>
        <translation>Kortom: de segregatie gaat verder dan toeval, maar waar gezinnen wonen verklaart haar.</translation>
    </message>
    <message>
        <source>In short: the data show no segregation beyond what chance explains.</source>
        <translation>Kortom: de gegevens laten geen segregatie zien die verder gaat dan wat toeval verklaart.</translation>
    </message>
    <message>
        <source>On average %1 of the schoolmates of a pupil of the group &quot;%2&quot; belong to that group too; the group makes up %3 of all pupils.</source>
        <translation>Gemiddeld hoort %1 van de medeleerlingen van een leerling uit de groep &quot;%2&quot; ook tot die groep; de groep vormt %3 van alle leerlingen.</translation>
    </message>
    <message>
        <source>%1 of the %2 schools that could be compared mirror the mix of the children in their own catchment area.</source>
        <translation>%1 van de %2 scholen die vergeleken konden worden zijn een afspiegeling van de kinderen in hun eigen voedingsgebied.</translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) differ clearly from their catchment area; the table names them.</source>
        <translation>
            <numerusform>%n school wijkt duidelijk af van haar voedingsgebied; de tabel noemt haar.</numerusform>
            <numerusform>%n scholen wijken duidelijk af van hun voedingsgebied; de tabel noemt ze.</numerusform>
        </translation>
    </message>
    <message>
        <source>The school compositions are estimates from where the pupils live; they miss sorting within a postcode area, so read these statements as indicative.</source>
        <translation>De schoolsamenstellingen zijn schattingen uit de woonplek van de leerlingen; sortering binnen een postcodegebied zien ze niet, dus lees deze uitspraken als indicatief.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n LEA goal(s) are met at their current value.</source>
        <translation>
            <numerusform>%1 van %n LEA-doel is gehaald bij de huidige waarde.</numerusform>
            <numerusform>%1 van %n LEA-doelen zijn gehaald bij de huidige waarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) in the school table rest on fewer than %1 children, or would give such a figure away; they are shown as %2.</source>
        <translation>
            <numerusform>%n getal in de scholentabel berust op minder dan %1 kinderen of zou zo&apos;n getal verraden; het staat als %2.</numerusform>
            <numerusform>%n getallen in de scholentabel berusten op minder dan %1 kinderen of zouden zo&apos;n getal verraden; ze staan als %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pupils (estimate)</source>
        <extracomment>a pupil count estimated from DUO pupils by home postcode (the school file has none)</extracomment>
        <translation>%1 leerlingen (schatting)</translation>
    </message>
    <message>
        <source>%1; groups: %2</source>
        <translation>%1; groepen: %2</translation>
    </message>
    <message>
        <source>(%1 of them estimated)</source>
        <extracomment>%1 = the part of the pupil total that is an estimate from the pupils&apos; home postcodes</extracomment>
        <translation>(waarvan %1 geschat)</translation>
    </message>
    <message>
        <source>New school</source>
        <translation>Nieuwe school</translation>
    </message>
    <message>
        <source>Merged school, at its new site</source>
        <translation>Gefuseerde school, op de nieuwe locatie</translation>
    </message>
    <message>
        <source>School that closes</source>
        <translation>School die sluit</translation>
    </message>
    <message>
        <source>School with other capacity</source>
        <translation>School met een andere capaciteit</translation>
    </message>
    <message>
        <source>What-if scenarios</source>
        <translation>Wat-als-scenario&apos;s</translation>
    </message>
    <message>
        <source>Changes in this scenario</source>
        <translation>Veranderingen in dit scenario</translation>
    </message>
    <message>
        <source>New housing</source>
        <translation>Nieuwe woningbouw</translation>
    </message>
    <message>
        <source>Numbered as in the schools table</source>
        <translation>Genummerd als in de scholentabel</translation>
    </message>
    <message>
        <source>What if: %1</source>
        <translation>Wat als: %1</translation>
    </message>
    <message>
        <source>What the simulation says would follow from the changes below (%1). “Today” is the same simulation without them, not the measured figures of the key figures: there children are placed one by one, so small schools add noise and the indices come out higher. Compare the scenario with today&apos;s simulation. Numbers in square brackets are 90 % bands: the middle 90 % of the runs.</source>
        <translation>Wat volgens de simulatie zou volgen uit de veranderingen hieronder (%1). ‘Nu’ is dezelfde simulatie zonder die veranderingen, niet de gemeten waarden uit de kerncijfers: in de simulatie worden kinderen één voor één geplaatst, dus kleine scholen geven ruis en de indexen vallen hoger uit. Vergelijk het scenario met de simulatie van nu. Getallen tussen vierkante haken zijn 90%-banden: de middelste 90 % van de simulatierondes.</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Wat er verandert</translation>
    </message>
    <message>
        <source>Nothing: the scenario repeats today.</source>
        <translation>Niets: het scenario herhaalt de huidige situatie.</translation>
    </message>
    <message>
        <source>Segregation today and in the scenario</source>
        <translation>Segregatie nu en in het scenario</translation>
    </message>
    <message>
        <source>Today
[90 % band]</source>
        <translation>Nu
[90%-band]</translation>
    </message>
    <message>
        <source>Scenario
[90 % band]</source>
        <translation>Scenario
[90%-band]</translation>
    </message>
    <message>
        <source>Difference
[90 % band]</source>
        <translation>Verschil
[90%-band]</translation>
    </message>
    <message>
        <source>Chance of a decrease</source>
        <translation>Kans op een daling</translation>
    </message>
    <message>
        <source>Schools most affected</source>
        <translation>Scholen met de grootste gevolgen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>Aandeel %1</translation>
    </message>
    <message>
        <source>The schools whose pupils change most, with the mean over the runs and its 90 % band. Numbers as in the schools table and on the maps; %1 withheld to protect privacy; %2 not open.</source>
        <translation>De scholen waar de leerlingen het meest veranderen, met het gemiddelde over de simulatierondes en de 90%-band. Nummers als in de scholentabel en op de kaarten; %1 afgeschermd voor de privacy; %2 niet open.</translation>
    </message>
    <message>
        <source>Where children are placed</source>
        <translation>Waar kinderen geplaatst worden</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>All children</source>
        <translation>Alle kinderen</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Every simulated matching of children to places is checked as it is made; the methods page explains the terms.</source>
        <translation>Elke gesimuleerde toewijzing van kinderen aan plaatsen wordt meteen gecontroleerd; de pagina met methoden legt de begrippen uit.</translation>
    </message>
    <message>
        <source>Notes from the simulation</source>
        <translation>Opmerkingen uit de simulatie</translation>
    </message>
    <message>
        <source>Notes on the data</source>
        <translation>Opmerkingen over de gegevens</translation>
    </message>
    <message>
        <source>Loading the data and computing the figures gave these notes; they may limit what the figures say.</source>
        <translation>Het laden van de gegevens en het berekenen van de cijfers gaven deze opmerkingen; ze kunnen beperken wat de cijfers zeggen.</translation>
    </message>
    <message>
        <source>(some of them estimated)</source>
        <translation>(deels geschat)</translation>
    </message>
    <message>
        <source>What-if scenario</source>
        <translation>Wat-als-scenario</translation>
    </message>
    <message>
        <source>A simulation of where children would go to school after a change. The children are today&apos;s pupils at their home postcodes; families rank the schools with a choice model fitted on where pupils go now (conditional logit, McFadden 1974; each school&apos;s attractiveness calibrated to its pupils, Berry 1994); the admission rules then give out the places (deferred acceptance, Gale &amp; Shapley 1962, or decentral adaptive Boston, Alcalde 1996). Lotteries and choices differ from run to run; “today” is the same simulation without the change.</source>
        <translation>Een simulatie van de school waar kinderen na een verandering naartoe zouden gaan. De kinderen zijn de huidige leerlingen op hun woonpostcode; gezinnen rangschikken de scholen met een keuzemodel dat is geschat op waar leerlingen nu naartoe gaan (conditionele logit, McFadden 1974; de aantrekkelijkheid van elke school gekalibreerd op haar leerlingen, Berry 1994); daarna verdelen de toelatingsregels de plaatsen (uitgestelde acceptatie, Gale &amp; Shapley 1962, of decentrale adaptieve directe toewijzing (Boston), Alcalde 1996). Lotingen en keuzes verschillen per simulatieronde; ‘nu’ is dezelfde simulatie zonder de verandering.</translation>
    </message>
    <message>
        <source>90 % band</source>
        <translation>90%-band</translation>
    </message>
    <message>
        <source>On the scenario pages, [low; high] holds the middle 90 % of the runs (their 5th to 95th percentile), not a 95 % interval. The band of a difference is that of the differences run by run: both situations draw the same random numbers (common random numbers), so the difference is much surer than the two bands side by side suggest.</source>
        <translation>Op de scenariopagina&apos;s bevat [laag; hoog] de middelste 90 % van de simulatierondes (hun 5e tot 95e percentiel), geen 95%-interval. De band van een verschil is die van de verschillen per simulatieronde: beide situaties gebruiken dezelfde toevalsgetallen (common random numbers), dus het verschil is veel zekerder dan de twee banden naast elkaar doen vermoeden.</translation>
    </message>
    <message>
        <source>The share of the runs in which an index is lower in the scenario than today.</source>
        <translation>Het aandeel van de simulatierondes waarin een index in het scenario lager is dan nu.</translation>
    </message>
    <message>
        <source>Blocking pair</source>
        <translation>Blokkerend paar</translation>
    </message>
    <message>
        <source>A child and a school that would both rather have each other than what the admission gave them. Deferred acceptance leaves none (Gale &amp; Shapley 1962), and every simulated matching is checked for them, for places beyond capacity and for reserved places. Decentral admission is not stable by design: there such pairs are expected and not counted as errors.</source>
        <translation>Een kind en een school die elkaar allebei liever hebben dan wat de toelating hun gaf. Uitgestelde acceptatie laat er geen over (Gale &amp; Shapley 1962), en elke gesimuleerde toewijzing wordt gecontroleerd op zulke paren, op plaatsen boven de capaciteit en op gereserveerde plaatsen. Decentrale toelating is door haar opzet niet stabiel: daar worden zulke paren verwacht en niet als fouten geteld.</translation>
    </message>
    <message>
        <source>new school, %1 places</source>
        <translation>nieuwe school, %1 plaatsen</translation>
    </message>
    <message>
        <source>merged school, %1 places</source>
        <translation>gefuseerde school, %1 plaatsen</translation>
    </message>
    <message>
        <source>closes</source>
        <translation>sluit</translation>
    </message>
    <message>
        <source>places %1 → %2</source>
        <translation>plaatsen %1 → %2</translation>
    </message>
    <message>
        <source>The difference, %1, lies wholly above zero: segregation goes up (the index is lower in only %2 of the runs).</source>
        <translation>Het verschil, %1, ligt helemaal boven nul: de segregatie neemt toe (de index is maar in %2 van de simulatierondes lager).</translation>
    </message>
    <message>
        <source>The difference, %1, lies wholly below zero: segregation goes down (the index is lower in %2 of the runs).</source>
        <translation>Het verschil, %1, ligt helemaal onder nul: de segregatie neemt af (de index is in %2 van de simulatierondes lager).</translation>
    </message>
    <message>
        <source>The difference, %1, is within the spread of the runs: the scenario does not clearly change it (the index is lower in %2 of the runs).</source>
        <translation>Het verschil, %1, valt binnen de spreiding van de simulatierondes: het scenario verandert de index niet duidelijk (de index is in %2 van de simulatierondes lager).</translation>
    </message>
    <message>
        <source>per km</source>
        <translation>per km</translation>
    </message>
    <message>
        <source>per ln km</source>
        <translation>per ln km</translation>
    </message>
    <message>
        <source>standard error</source>
        <translation>standaardfout</translation>
    </message>
    <message>
        <source>Choice model: families rank the schools by distance and by each school&apos;s attractiveness (a conditional logit, McFadden 1974), with distance decay β = %1 %2</source>
        <translation>Keuzemodel: gezinnen rangschikken de scholen naar afstand en naar de aantrekkelijkheid van elke school (een conditionele logit, McFadden 1974), met afstandsverval β = %1 %2</translation>
    </message>
    <message>
        <source>fitted by maximum likelihood on the DUO pupils by home postcode</source>
        <translation>geschat met maximum likelihood op de DUO-tabel leerlingen naar woonpostcode</translation>
    </message>
    <message>
        <source>%1 pupils, pseudo-R² %2</source>
        <translation>%1 leerlingen, pseudo-R² %2</translation>
    </message>
    <message>
        <source>the literature default (no pupils by home postcode to fit it on)</source>
        <translation>de standaardwaarde uit de literatuur (er zijn geen leerlingen naar woonpostcode om het op te schatten)</translation>
    </message>
    <message>
        <source>as the scenario gives it</source>
        <translation>zoals het scenario het opgeeft</translation>
    </message>
    <message>
        <source>The schools&apos; attractiveness is the one stored in the scenario.</source>
        <translation>De aantrekkelijkheid van de scholen is die uit het scenario.</translation>
    </message>
    <message>
        <source>Each school&apos;s attractiveness is calibrated so that the simulation of today reproduces its pupils (Berry 1994); a full school counts as censored, as its pupils show its places, not its demand. The largest remaining difference is %1 pupils (%2).</source>
        <translation>De aantrekkelijkheid van elke school is zo gekalibreerd dat de simulatie van nu haar leerlingen nabootst (Berry 1994); een volle school telt als gecensureerd, omdat haar leerlingen haar plaatsen laten zien en niet de vraag. Het grootste resterende verschil is %1 leerlingen (%2).</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scenario %1</translation>
    </message>
    <message>
        <source>Other admission rules: %1 (see the assumptions)</source>
        <translation>Andere toelatingsregels: %1 (zie de aannames)</translation>
    </message>
    <message>
        <source>Other admission rules, &quot;%1&quot;: %2 (see the assumptions)</source>
        <translation>Andere toelatingsregels, &quot;%1&quot;: %2 (zie de aannames)</translation>
    </message>
    <message>
        <source>%1 runs, seed %2</source>
        <translation>%1 simulatierondes, startgetal %2</translation>
    </message>
    <message>
        <source>At their first choice</source>
        <translation>Op hun eerste keuze</translation>
    </message>
    <message>
        <source>At one of their first three choices</source>
        <translation>Op een van hun eerste drie keuzes</translation>
    </message>
    <message>
        <source>Without a place</source>
        <translation>Zonder plaats</translation>
    </message>
    <message>
        <source>Distance home to school, mean</source>
        <translation>Afstand van huis naar school, gemiddeld</translation>
    </message>
    <message>
        <source>Distance home to school, 90th percentile</source>
        <translation>Afstand van huis naar school, 90e percentiel</translation>
    </message>
    <message>
        <source>%1, %2: %3 today and %4 in the scenario. %5</source>
        <translation>%1, %2: %3 nu en %4 in het scenario. %5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would get fewer than %2 pupils.</source>
        <translation>&quot;%1&quot; zou minder dan %2 leerlingen krijgen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would get about %2 pupils (90 % band %3 to %4)</source>
        <translation>&quot;%1&quot; zou ongeveer %2 leerlingen krijgen (90%-band %3 tot %4)</translation>
    </message>
    <message>
        <source>, %1 of them &quot;%2&quot; (in the whole gemeente: %3)</source>
        <translation>, van wie %1 &quot;%2&quot; (in de hele gemeente: %3)</translation>
    </message>
    <message>
        <source>More children are left without a place: %1 today, %2 in the scenario.</source>
        <translation>Meer kinderen blijven zonder plaats: %1 nu, %2 in het scenario.</translation>
    </message>
    <message>
        <source>Admission today: %1.</source>
        <translation>Toelating nu: %1.</translation>
    </message>
    <message>
        <source>Admission in the scenario: %1.</source>
        <translation>Toelating in het scenario: %1.</translation>
    </message>
    <message>
        <source>%1 Monte-Carlo runs with seed %2. Today and the scenario use the same random numbers (common random numbers), so their difference has its own, narrower band; the same seed gives the same numbers.</source>
        <translation>%1 simulatierondes met startgetal %2. De huidige situatie en het scenario gebruiken dezelfde toevalsgetallen (common random numbers), dus hun verschil heeft een eigen, smallere band; hetzelfde startgetal geeft dezelfde uitkomsten.</translation>
    </message>
    <message>
        <source>Schoolweging vs
neighbourhoods</source>
        <translation>Schoolweging t.o.v.
buurten</translation>
    </message>
    <message>
        <source>Schoolweging vs neighbourhoods: the Inspectie schoolweging minus the schoolweging expected from the CBS figures of the pupils&apos; home postcodes (a model fitted on every school of the country); &quot;differs&quot; when the %1 % prediction interval excludes zero and the gap is at least %2 points. + means more disadvantaged pupils.</source>
        <translation>Schoolweging t.o.v. woonbuurten: de schoolweging van de Inspectie min de schoolweging die op grond van de CBS-cijfers van de woonpostcodes van de leerlingen wordt verwacht (een model geschat op alle scholen van het land); &quot;wijkt af&quot; als het voorspellingsinterval van %1 % nul uitsluit en het verschil ten minste %2 punten is. + betekent meer leerlingen met een achterstand.</translation>
    </message>
    <message>
        <source>Secondary schools</source>
        <translation>Voortgezet onderwijs</translation>
    </message>
    <message>
        <source>Categorical schools and narrow first-year classes reinforce segregation. Below: which levels each vo vestiging of %1 offers in the upper years, and how many of its first-year pupils are in a heterogeneous class (a programme that leads to at least two of vmbo, havo and vwo).</source>
        <translation>Categorale scholen en smalle brugklassen versterken segregatie. Hieronder: welke niveaus elke vo-vestiging van %1 in de bovenbouw aanbiedt, en hoeveel van haar brugklasleerlingen in een heterogene klas zitten (een opleiding die leidt tot ten minste twee van vmbo, havo en vwo).</translation>
    </message>
    <message>
        <source>Vestiging</source>
        <translation>Vestiging</translation>
    </message>
    <message>
        <source>Levels (upper years)</source>
        <translation>Niveaus (bovenbouw)</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>Categoraal</translation>
    </message>
    <message>
        <source>First-year pupils</source>
        <translation>Brugklasleerlingen</translation>
    </message>
    <message>
        <source>In a heterogeneous class</source>
        <translation>In een heterogene klas</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Schoolweging vs neighbourhoods</source>
        <translation>Schoolweging t.o.v. woonbuurten</translation>
    </message>
    <message>
        <source>The Inspectie&apos;s schoolweging of a school (CBS, from the parents&apos; education, country of birth and debts) minus the schoolweging expected from where its pupils live: the DUO pupils per home postcode times the CBS figures of those postcodes (residents&apos; country of birth, WOZ value, owner-occupied and corporation housing, benefits, household types, urbanity) and the CBS SES-WOA score. The model is a weighted ridge regression fitted on %1 schools of the country (Hoerl &amp; Kennard 1970); on schools held out of the fit (%2-fold cross-validation) it explains %3 of the differences in schoolweging (R²), with a residual spread of %4 points, and %5 of those schools fall inside their %6 prediction interval. A school differs when its schoolweging lies outside that interval and at least %7 points from the expectation (our convention, about one national standard deviation); outside the interval but closer, it possibly differs. The gap shows the sorting that choice and admission add within neighbourhoods, plus what the model misses.</source>
        <translation>De schoolweging van een school volgens de Inspectie (CBS, op basis van opleiding, geboorteland en schulden van de ouders) min de schoolweging die wordt verwacht op grond van waar de leerlingen wonen: de DUO-leerlingen per woonpostcode maal de CBS-cijfers van die postcodes (geboorteland van de inwoners, WOZ-waarde, koop- en corporatiewoningen, uitkeringen, huishoudtypen, stedelijkheid) en de SES-WOA-score van het CBS. Het model is een gewogen ridgeregressie, geschat op %1 scholen van het land (Hoerl &amp; Kennard 1970); op scholen die buiten de schatting zijn gehouden (%2-voudige kruisvalidatie) verklaart het %3 van de verschillen in schoolweging (R²), met een restspreiding van %4 punten, en %5 van die scholen vallen binnen hun voorspellingsinterval van %6. Een school wijkt af als haar schoolweging buiten dat interval ligt en ten minste %7 punten van de verwachting verwijderd is (onze conventie, ongeveer één landelijke standaarddeviatie); buiten het interval maar dichterbij wijkt ze mogelijk af. Het verschil toont de sortering die keuze en toelating binnen buurten toevoegen, plus wat het model mist.</translation>
    </message>
    <message>
        <source>Measured by the Inspectie&apos;s schoolweging, %1 of the %2 schools with one differ from what the home postcodes of their own pupils predict, and %3 more possibly do; the gaps range from %4 to %5 points (SD %6).</source>
        <translation>Gemeten met de schoolweging van de Inspectie wijken %1 van de %2 scholen met een schoolweging af van wat de woonpostcodes van hun eigen leerlingen voorspellen, en bij %3 andere is een afwijking mogelijk; de verschillen lopen van %4 tot %5 punten (SD %6).</translation>
    </message>
    <message>
        <source>More disadvantaged pupils than their neighbourhoods: %1.</source>
        <translation>Meer leerlingen met een achterstand dan hun woonbuurten doen verwachten: %1.</translation>
    </message>
    <message>
        <source>More advantaged pupils than their neighbourhoods: %1.</source>
        <translation>Minder leerlingen met een achterstand dan hun woonbuurten doen verwachten: %1.</translation>
    </message>
    <message>
        <source>Colours: %1 per wijk, in five classes with equally many wijken. Symbols: the schools of the table, numbered as there, shaped and coloured by denomination and sized by pupils. Lines: the catchment areas and the gemeente boundary.</source>
        <translation>Kleuren: %1 per wijk, in vijf klassen met evenveel wijken. Symbolen: de scholen uit de tabel, met hetzelfde nummer, vorm en kleur naar denominatie en grootte naar aantal leerlingen. Lijnen: de voedingsgebieden en de gemeentegrens.</translation>
    </message>
    <message>
        <source>%1 withheld to protect privacy (fewer than %2 children, or it would give such a figure away); %3 no data. Catchment shares are estimates from wijk data.</source>
        <translation>%1 afgeschermd voor de privacy (minder dan %2 kinderen, of het zou zo&apos;n getal verraden); %3 geen gegevens. De aandelen in het voedingsgebied zijn schattingen uit wijkgegevens.</translation>
    </message>
    <message>
        <source>The part of the gemeente for which the school is the nearest school (a Voronoi area). Its children are counted from the wijken it covers, in proportion to area.</source>
        <translation>Het deel van de gemeente waarvoor de school de dichtstbijzijnde is (een Voronoi-gebied, nabijheidsgebied). De kinderen erin worden geteld uit de wijken die het bedekt, naar rato van de oppervlakte.</translation>
    </message>
    <message>
        <source>Everything within %1 metres of the school, inside the gemeente. Its children are counted from the wijken it covers, in proportion to area.</source>
        <translation>Alles binnen %1 meter van de school, binnen de gemeente. De kinderen erin worden geteld uit de wijken die het bedekt, naar rato van de oppervlakte.</translation>
    </message>
    <message>
        <source>The gemeente has one primary school, so there is no segregation between its schools to measure: D is 0 by definition. What can differ is that school and the neighbourhoods its pupils come from.</source>
        <translation>De gemeente heeft één basisschool, dus er is geen segregatie tussen scholen te meten: D is per definitie 0. Wat kan verschillen, is die school ten opzichte van de woonbuurten waar haar leerlingen vandaan komen.</translation>
    </message>
    <message>
        <source>Measured by the Inspectie&apos;s schoolweging against what the home postcodes of its own pupils predict, %1: %2.</source>
        <extracomment>%1 a school, %2 its SES verdict, e.g. &quot;mirrors its neighbourhoods (within chance, -3.0 points)&quot;</extracomment>
        <translation>Gemeten met de schoolweging van de Inspectie tegenover wat de woonpostcodes van de eigen leerlingen voorspellen, %1: %2.</translation>
    </message>
</context>
<context>
    <name>Mk::BriefingBuilder</name>
    <message>
        <source>Unknown briefing section &quot;%1&quot;: use %2.</source>
        <translation>Onbekend onderdeel van de notitie &quot;%1&quot;: gebruik %2.</translation>
    </message>
    <message>
        <source>The key figures need at least 2 bootstrap replicates, not %1.</source>
        <translation>De kerncijfers hebben ten minste 2 bootstrapherhalingen nodig, niet %1.</translation>
    </message>
    <message>
        <source>Catchments and afspiegeling</source>
        <translation>Voedingsgebieden en afspiegeling</translation>
    </message>
    <message>
        <source>The briefing was canceled.</source>
        <translation>De notitie is geannuleerd.</translation>
    </message>
    <message>
        <source>Key figures with their intervals</source>
        <translation>Kerncijfers met hun intervallen</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; is not in the data; the groups of &quot;%2&quot; are: %3.</source>
        <translation>De groep &quot;%1&quot; staat niet in de gegevens; de groepen van &quot;%2&quot; zijn: %3.</translation>
    </message>
    <message>
        <source>LEA goals</source>
        <translation>LEA-doelen</translation>
    </message>
    <message>
        <source>Briefing ready</source>
        <translation>Notitie klaar</translation>
    </message>
    <message>
        <source>%1 scenario runs were given for %2 scenarios.</source>
        <translation>Er zijn %1 scenarioruns opgegeven voor %2 scenario&apos;s.</translation>
    </message>
    <message>
        <source>scenario %1</source>
        <translation>scenario %1</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>Doorrekenen: %1</translation>
    </message>
    <message>
        <source>The briefing&apos;s %1 cannot be run: %2</source>
        <translation>Voor de notitie kan %1 niet worden doorgerekend: %2</translation>
    </message>
</context>
<context>
    <name>Mk::BriefingDialog</name>
    <message>
        <source>LEA briefing</source>
        <translation>LEA-notitie</translation>
    </message>
    <message>
        <source>The language of the briefing; the program itself keeps its own language.</source>
        <translation>De taal van de notitie; het programma zelf houdt zijn eigen taal.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Privacy: figures resting on fewer than %1 children are shown as &quot;&lt;%1&quot;.</source>
        <extracomment>%1 = number of children</extracomment>
        <translation>Privacy: getallen die op minder dan %1 kinderen berusten, staan als &quot;&lt;%1&quot;.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Kies ten minste één onderdeel.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), A4.</source>
        <translation>
            <numerusform>%n pagina, A4.</numerusform>
            <numerusform>%n pagina&apos;s, A4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the briefing</source>
        <translation>Kan de notitie niet opslaan</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <source>LEA briefing %1.pdf</source>
        <translation>LEA-notitie %1.pdf</translation>
    </message>
    <message>
        <source>Save the briefing as PDF</source>
        <translation>De notitie opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Print the briefing</source>
        <translation>De notitie afdrukken</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenario&apos;s</translation>
    </message>
    <message>
        <source>Not run yet: the briefing runs it</source>
        <translation>Nog niet doorgerekend: dat gebeurt bij het maken van de notitie</translation>
    </message>
</context>
<context>
    <name>Mk::BriefingRenderer</name>
    <message>
        <source>Cannot write the briefing to &quot;%1&quot;: %2</source>
        <translation>Kan de notitie niet schrijven naar &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>Mk::BufferCatchmentBuilder</name>
    <message>
        <source>The catchment distance must be a positive number of metres, for example 1000; got %1.</source>
        <translation>De afstand voor het voedingsgebied moet een positief aantal meters zijn, bijvoorbeeld 1000; opgegeven: %1.</translation>
    </message>
    <message>
        <source>The gemeente boundary is empty, so distance bands cannot be clipped to it. Load the areas (buurten or wijken) of the gemeente.</source>
        <translation>De gemeentegrens is leeg, dus de afstandszones kunnen er niet op worden afgesneden. Laad de gebieden (buurten of wijken) van de gemeente.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>School %1 (%2) has no location and gets no distance band.</source>
        <translation>School %1 (%2) heeft geen locatie en krijgt geen afstandszone.</translation>
    </message>
    <message>
        <source>GEOS could not clip the distance band of school %1 to the gemeente boundary.</source>
        <translation>GEOS kon de afstandszone van school %1 niet afsnijden op de gemeentegrens.</translation>
    </message>
</context>
<context>
    <name>Mk::CalibrationReport</name>
    <message>
        <source>expected choices of the fitted logit at the postcode centroids</source>
        <translation>verwachte keuzes van het geschatte logitmodel op de postcodemiddelpunten</translation>
    </message>
</context>
<context>
    <name>Mk::CalibrationReportBuilder</name>
    <message>
        <source>The simulated figures do not hold one value per school of the flows (%1 schools).</source>
        <translation>De gesimuleerde cijfers bevatten niet één waarde per school van de leerlingstromen (%1 scholen).</translation>
    </message>
</context>
<context>
    <name>Mk::CatchmentAnalysis</name>
    <message>
        <source>No group counts per area are loaded, so catchment compositions cannot be computed. Map area columns to groups (for example migration background).</source>
        <translation>Er zijn geen groepsaantallen per gebied geladen, dus de samenstelling van de voedingsgebieden kan niet worden berekend. Koppel kolommen van de gebieden aan groepen (bijvoorbeeld migratieachtergrond).</translation>
    </message>
    <message>
        <source>No group counts per area for &quot;%1&quot; are loaded. Choose one of the loaded characteristics or map the area columns to it.</source>
        <translation>Er zijn geen groepsaantallen per gebied voor &quot;%1&quot; geladen. Kies een van de geladen kenmerken of koppel de kolommen van de gebieden eraan.</translation>
    </message>
    <message>
        <source>The characteristic &quot;%1&quot; has fewer than two groups.</source>
        <translation>Het kenmerk &quot;%1&quot; heeft minder dan twee groepen.</translation>
    </message>
    <message>
        <source>Area %1 has group counts but no polygon; its children are left out of the catchments.</source>
        <translation>Gebied %1 heeft groepsaantallen maar geen vlak; de kinderen van dat gebied blijven buiten de voedingsgebieden.</translation>
    </message>
    <message>
        <source>Area %1 (%2) has no count for group &quot;%3&quot;; it counts as 0 in the catchments.</source>
        <translation>Gebied %1 (%2) heeft geen aantal voor groep &quot;%3&quot;; dat telt als 0 in de voedingsgebieden.</translation>
    </message>
    <message>
        <source>Only %1 of area %2 lies inside the catchments; the rest of its children is spread over the overlapping parts.</source>
        <translation>Slechts %1 van gebied %2 ligt binnen de voedingsgebieden; de overige kinderen van dat gebied worden verdeeld over de overlappende delen.</translation>
    </message>
    <message>
        <source>observed school composition</source>
        <translation>waargenomen samenstelling van de school</translation>
    </message>
    <message>
        <source>estimate: pupils by home postcode x the children&apos;s mix of each postcode area</source>
        <translation>schatting: leerlingen naar woonpostcode × de samenstelling van de kinderen per postcodegebied</translation>
    </message>
    <message>
        <source>estimate: the children&apos;s mix of the school&apos;s nearest-school area</source>
        <translation>schatting: de samenstelling van de kinderen in het nabijheidsgebied van de school</translation>
    </message>
    <message>
        <source>The areas hold no children in any group of &quot;%1&quot;, so there is nothing to compare schools with.</source>
        <translation>De gebieden bevatten geen kinderen in een van de groepen van &quot;%1&quot;, dus er is niets om de scholen mee te vergelijken.</translation>
    </message>
    <message>
        <source>No pupils-by-postcode table is loaded: school compositions are estimated from nearest-school areas, so they cannot show any effect of school choice.</source>
        <translation>Er is geen tabel met leerlingen naar woonpostcode geladen: de samenstelling van scholen is geschat uit de nabijheidsgebieden, dus het effect van schoolkeuze is daarin niet te zien.</translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) other than regular primary schools are left out of the catchments: %1.</source>
        <translation>
            <numerusform>%n school die geen reguliere basisschool is, is buiten de voedingsgebieden gelaten: %1.</numerusform>
            <numerusform>%n scholen die geen reguliere basisschool zijn, zijn buiten de voedingsgebieden gelaten: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Observed catchments need the DUO table of pupils per school by home postcode. Add it under Additional data in File → New analysis… (on the command line --pupils-by-postcode), or choose another catchment method.</source>
        <translation>Waargenomen voedingsgebieden hebben de DUO-tabel met leerlingen per school naar woonpostcode nodig. Voeg die toe onder Aanvullende gegevens in Bestand → Nieuwe analyse… (op de opdrachtregel --pupils-by-postcode), of kies een andere methode voor voedingsgebieden.</translation>
    </message>
    <message>
        <source>it cannot see sorting within a postcode</source>
        <translation>sortering binnen een postcode blijft onzichtbaar</translation>
    </message>
    <message>
        <source>it cannot see school choice</source>
        <translation>schoolkeuze blijft onzichtbaar</translation>
    </message>
    <message>
        <source>The SES afspiegeling is not available: %1</source>
        <translation>De SES-afspiegeling is niet beschikbaar: %1</translation>
    </message>
</context>
<context>
    <name>Mk::CatchmentController</name>
    <message>
        <source>Afspiegeling gap %1 (points)</source>
        <extracomment>afspiegeling gap = school share minus catchment share, in percentage points</extracomment>
        <translation>Afspiegelingsverschil %1 (procentpunten)</translation>
    </message>
    <message>
        <source>Schoolweging vs neighbourhoods (points)</source>
        <extracomment>map measure: schoolweging minus the schoolweging expected from the pupils&apos; home postcodes</extracomment>
        <translation>Schoolweging t.o.v. woonbuurten (punten)</translation>
    </message>
</context>
<context>
    <name>Mk::CatchmentLayerWriter</name>
    <message>
        <source>the catchment of school %1</source>
        <translation>het voedingsgebied van school %1</translation>
    </message>
</context>
<context>
    <name>Mk::CatchmentMapLayer</name>
    <message>
        <source>Catchments (nearest school)</source>
        <extracomment>catchment = voedingsgebied; nearest-school areas</extracomment>
        <translation>Voedingsgebieden (dichtstbijzijnde school)</translation>
    </message>
    <message>
        <source>Catchments (distance band)</source>
        <translation>Voedingsgebieden (afstandszone)</translation>
    </message>
    <message>
        <source>Catchments (where pupils live)</source>
        <translation>Voedingsgebieden (waar leerlingen wonen)</translation>
    </message>
    <message>
        <source>Outline in the colour of its school</source>
        <translation>Omtrek in de kleur van de school</translation>
    </message>
    <message>
        <source>Catchment boundary</source>
        <translation>Grens van een voedingsgebied</translation>
    </message>
</context>
<context>
    <name>Mk::CatchmentOptionsJson</name>
    <message>
        <source>Unknown catchment method &quot;%1&quot;: use voronoi, buffer or observed.</source>
        <translation>Onbekende methode voor voedingsgebieden &quot;%1&quot;: gebruik voronoi, buffer of observed.</translation>
    </message>
    <message>
        <source>Unknown postcode area source &quot;%1&quot;: use automatic, buurt_most_common_postcode or centroid_voronoi.</source>
        <translation>Onbekende bron voor postcodegebieden &quot;%1&quot;: gebruik automatic, buurt_most_common_postcode of centroid_voronoi.</translation>
    </message>
    <message>
        <source>The catchment setting &quot;%1&quot; must be a number.</source>
        <translation>De instelling voor voedingsgebieden &quot;%1&quot; moet een getal zijn.</translation>
    </message>
    <message>
        <source>The catchment setting &quot;split.seed&quot; must be a whole number written as text.</source>
        <translation>De instelling voor voedingsgebieden &quot;split.seed&quot; moet een geheel getal zijn, als tekst geschreven.</translation>
    </message>
    <message>
        <source>The catchment settings</source>
        <translation>De instellingen voor voedingsgebieden</translation>
    </message>
    <message>
        <source>The catchment settings, &quot;%1&quot;</source>
        <translation>De instellingen voor voedingsgebieden, &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The catchment setting &quot;%1&quot; is %2; it must lie between %3 and %4.</source>
        <translation>De instelling voor voedingsgebieden &quot;%1&quot; is %2; die moet tussen %3 en %4 liggen.</translation>
    </message>
</context>
<context>
    <name>Mk::ChoiceModelFit</name>
    <message numerus="yes">
        <source>one distance decay per group of &quot;%1&quot;, fitted on the flows split by group (iterative proportional fitting to the postcodes&apos; group shares and the observed composition of %n school(s))</source>
        <translation>
            <numerusform>één afstandsverval per groep van &quot;%1&quot;, geschat op de leerlingstromen gesplitst naar groep (iteratief proportioneel passen aan de groepsaandelen van de postcodes en de waargenomen samenstelling van %n school)</numerusform>
            <numerusform>één afstandsverval per groep van &quot;%1&quot;, geschat op de leerlingstromen gesplitst naar groep (iteratief proportioneel passen aan de groepsaandelen van de postcodes en de waargenomen samenstelling van %n scholen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The split of the flows by group did not meet its margins within %1 cycles (largest relative error %2); the group decays are approximate.</source>
        <translation>De splitsing van de leerlingstromen naar groep kwam binnen %1 rondes niet op haar randtotalen uit (grootste relatieve fout %2); het afstandsverval per groep is bij benadering.</translation>
    </message>
    <message>
        <source>one distance decay shared by every group: %1</source>
        <translation>één afstandsverval voor alle groepen samen: %1</translation>
    </message>
    <message>
        <source>one distance decay shared by every child: the flows have no groups</source>
        <translation>één afstandsverval voor alle kinderen samen: de leerlingstromen hebben geen groepen</translation>
    </message>
    <message>
        <source>one distance decay shared by every child, as asked</source>
        <translation>één afstandsverval voor alle kinderen samen, zoals gevraagd</translation>
    </message>
    <message numerus="yes">
        <source>The distance decay cannot be fitted: the flows have pupils at %n school(s) inside the choice sets, and a choice needs at least two.</source>
        <translation>
            <numerusform>Het afstandsverval kan niet worden geschat: de leerlingstromen hebben leerlingen op %n school binnen de keuzesets, en een keuze vraagt er ten minste twee.</numerusform>
            <numerusform>Het afstandsverval kan niet worden geschat: de leerlingstromen hebben leerlingen op %n scholen binnen de keuzesets, en een keuze vraagt er ten minste twee.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pupils attend a school farther away than the choice radius of %2 m and are left out of the fit.</source>
        <translation>%1 leerlingen gaan naar een school verder weg dan de keuzestraal van %2 m en blijven buiten de schatting.</translation>
    </message>
    <message>
        <source>The distance decay cannot be fitted: the likelihood does not curve in beta (for example when every pupil has every school at the same distance, or each group has pupils at a single school only).</source>
        <translation>Het afstandsverval kan niet worden geschat: de likelihood is niet gekromd in beta (bijvoorbeeld als elke leerling alle scholen op dezelfde afstand heeft, of als elke groep alleen leerlingen op één school heeft).</translation>
    </message>
    <message>
        <source>The choice model fit did not converge in %1 Newton iterations; its distance decay is the best value found, not the maximum.</source>
        <translation>De schatting van het keuzemodel convergeerde niet in %1 Newton-iteraties; het afstandsverval is de beste gevonden waarde, niet het maximum.</translation>
    </message>
    <message>
        <source>The school constants did not meet their first-order condition within %1 iterations at some step of the fit.</source>
        <translation>De schoolconstanten voldeden bij een stap van de schatting niet binnen %1 iteraties aan hun eerste-ordevoorwaarde.</translation>
    </message>
    <message>
        <source>The prediction got %1 school constants for %2 schools.</source>
        <translation>De voorspelling kreeg %1 schoolconstanten voor %2 scholen.</translation>
    </message>
    <message>
        <source>The choice model has a distance decay per group of &quot;%1&quot; but none for the group &quot;%2&quot; of the data; fit it again or use one shared decay.</source>
        <translation>Het keuzemodel heeft een afstandsverval per groep van &quot;%1&quot;, maar geen voor de groep &quot;%2&quot; in de gegevens; schat het opnieuw of gebruik één gedeeld afstandsverval.</translation>
    </message>
    <message>
        <source>The choice model has a distance decay per group of &quot;%1&quot;, but the data have no groups to apply it to.</source>
        <translation>Het keuzemodel heeft een afstandsverval per groep van &quot;%1&quot;, maar de gegevens hebben geen groepen om het op toe te passen.</translation>
    </message>
</context>
<context>
    <name>Mk::ChoiceModelParameters</name>
    <message>
        <source>Unknown key &quot;%1&quot; in the choice model parameters%2. Accepted keys: %3. Check the spelling.</source>
        <translation>Onbekende sleutel &quot;%1&quot; in de parameters van het keuzemodel%2. Toegestane sleutels: %3. Controleer de spelling.</translation>
    </message>
    <message>
        <source>The choice model parameter &quot;%1&quot; must be %2.</source>
        <translation>De parameter &quot;%1&quot; van het keuzemodel moet zijn: %2.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>a list of numbers, one per group (or one for all children)</source>
        <translation>een lijst met getallen, één per groep (of één voor alle kinderen)</translation>
    </message>
    <message>
        <source> (under &quot;fit&quot;)</source>
        <translation> (onder &quot;fit&quot;)</translation>
    </message>
    <message>
        <source>given (a number) when &quot;fit&quot; is present</source>
        <translation>een getal (verplicht als &quot;fit&quot; aanwezig is)</translation>
    </message>
    <message>
        <source>The choice model parameter &quot;beta&quot; must hold one number when no &quot;groups&quot; are given; it holds %1.</source>
        <translation>De parameter &quot;beta&quot; van het keuzemodel moet één getal bevatten als er geen &quot;groups&quot; zijn opgegeven; hij bevat er %1.</translation>
    </message>
    <message>
        <source>The choice model parameter &quot;beta&quot; must hold one number per group of &quot;groups&quot; (%1); it holds %2.</source>
        <translation>De parameter &quot;beta&quot; van het keuzemodel moet één getal per groep van &quot;groups&quot; bevatten (%1); hij bevat er %2.</translation>
    </message>
    <message>
        <source>a list of finite numbers</source>
        <translation>een lijst met eindige getallen</translation>
    </message>
    <message>
        <source>The choice model parameter &quot;beta_standard_error&quot; must hold as many numbers as &quot;beta&quot; (%1), or be left out; it holds %2.</source>
        <translation>De parameter &quot;beta_standard_error&quot; van het keuzemodel moet evenveel getallen bevatten als &quot;beta&quot; (%1), of worden weggelaten; hij bevat er %2.</translation>
    </message>
    <message>
        <source>a list of numbers of at least 0</source>
        <translation>een lijst met getallen van ten minste 0</translation>
    </message>
    <message>
        <source>a list of distinct group names</source>
        <translation>een lijst met verschillende groepsnamen</translation>
    </message>
    <message>
        <source>the name of the characteristic whose &quot;groups&quot; are listed</source>
        <translation>de naam van het kenmerk waarvan de &quot;groups&quot; zijn opgesomd</translation>
    </message>
    <message>
        <source>a whole number of at least 1 (Dutch forms ask 3 to 8 schools)</source>
        <translation>een geheel getal van ten minste 1 (Nederlandse aanmeldformulieren vragen 3 tot 8 scholen)</translation>
    </message>
    <message>
        <source>a distance in metres of at least 0 (0 = every school)</source>
        <translation>een afstand in meters van ten minste 0 (0 = alle scholen)</translation>
    </message>
    <message>
        <source>The choice model parameters have &quot;version&quot; %1; this Mengkaart reads version %2. Save them again with this version or update Mengkaart.</source>
        <translation>De parameters van het keuzemodel hebben &quot;version&quot; %1; deze Mengkaart leest versie %2. Sla ze opnieuw op met deze versie of werk Mengkaart bij.</translation>
    </message>
    <message>
        <source>one of fitted, literature_default or user</source>
        <translation>een van fitted, literature_default of user</translation>
    </message>
    <message>
        <source>km or ln_km</source>
        <translation>km of ln_km</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a list of group names</source>
        <translation>een lijst met groepsnamen</translation>
    </message>
    <message>
        <source>The choice model parameters lack &quot;beta&quot;, the distance decay: give a list with one number (for example [-2.5], utility per km) or one per group.</source>
        <translation>De parameters van het keuzemodel missen &quot;beta&quot;, het afstandsverval: geef een lijst met één getal (bijvoorbeeld [-2.5], nut per km) of één per groep.</translation>
    </message>
    <message>
        <source>an object with pupils, log_likelihood, null_log_likelihood and pseudo_r2</source>
        <translation>een object met pupils, log_likelihood, null_log_likelihood en pseudo_r2</translation>
    </message>
</context>
<context>
    <name>Mk::Classification</name>
    <message>
        <source>Quantiles (equal count)</source>
        <translation>Kwantielen (gelijke aantallen)</translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation>Gelijke intervallen</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Natuurlijke grenzen (Jenks)</translation>
    </message>
    <message>
        <source>%1 classes instead of %2: the values differ too little to cut them into more.</source>
        <extracomment>%1 = classes shown, %2 = classes asked for</extracomment>
        <translation>%1 klassen in plaats van %2: de waarden verschillen te weinig om ze in meer klassen te verdelen.</translation>
    </message>
</context>
<context>
    <name>Mk::Cli</name>
    <message>
        <source>print the version of Mengkaart and its libraries</source>
        <translation>toon de versie van Mengkaart en zijn bibliotheken</translation>
    </message>
    <message>
        <source>Usage: mengkaart-cli COMMAND [OPTIONS]  (COMMAND --help for its options)</source>
        <translation>Gebruik: mengkaart-cli OPDRACHT [OPTIES]  (OPDRACHT --help toont de opties)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Onbekende opdracht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>all segregation indices, generated 15,000 units x 3 groups</source>
        <translation>alle segregatie-indices op 15.000 gegenereerde eenheden x 3 groepen</translation>
    </message>
    <message>
        <source>1,000 bootstrap + random-allocation replicates, 300 schools x 3 groups</source>
        <translation>1.000 herhalingen van bootstrap en toevalsverdeling, 300 scholen x 3 groepen</translation>
    </message>
    <message>
        <source>full map redraws at screen size: the demo gemeente and --national FILE</source>
        <translation>volledige kaarttekening op schermformaat: de demogemeente en --national FILE</translation>
    </message>
    <message>
        <source>load a data set (--demo or the load options), median of --repeat runs</source>
        <translation>een gegevensset laden (--demo of de laadopties), mediaan van --repeat runs</translation>
    </message>
    <message>
        <source>nearest-school areas + area interpolation, national wijken and po schools</source>
        <translation>nabijheidsgebieden + gebiedsinterpolatie, landelijke wijken en po-scholen</translation>
    </message>
    <message>
        <source>Usage: mengkaart-cli bench NAME [OPTIONS]</source>
        <translation>Gebruik: mengkaart-cli bench NAAM [OPTIES]</translation>
    </message>
    <message>
        <source>Benchmarks:</source>
        <translation>Benchmarks:</translation>
    </message>
    <message>
        <source>Times nearest-school areas (Voronoi clipped to the outline of all areas) plus area-weighted interpolation of the areas&apos; inhabitants into them.</source>
        <translation>Meet de tijd voor nabijheidsgebieden (Voronoi, afgesneden op de omtrek van alle gebieden) plus de oppervlaktegewogen interpolatie van de inwoners van de gebieden daarin.</translation>
    </message>
    <message>
        <source>area polygons</source>
        <translation>gebiedsvlakken</translation>
    </message>
    <message>
        <source>school points</source>
        <translation>schoolpunten</translation>
    </message>
    <message>
        <source>DUO school type to keep (empty: all)</source>
        <translation>DUO-schooltype dat behouden blijft (leeg: alle)</translation>
    </message>
    <message>
        <source>timed runs after one warm-up (default 5)</source>
        <translation>getimede runs na één opwarmrun (standaard 5)</translation>
    </message>
    <message>
        <source>The benchmark computation failed.</source>
        <translation>De berekening van de benchmark is mislukt.</translation>
    </message>
    <message>
        <source>Catchments (%1) of %2: layer %3 written to %4</source>
        <translation>Voedingsgebieden (%1) van %2: laag %3 geschreven naar %4</translation>
    </message>
    <message>
        <source>School composition: %1</source>
        <translation>Samenstelling van de scholen: %1</translation>
    </message>
    <message>
        <source>(%1 points)</source>
        <translation>(%1 procentpunt)</translation>
    </message>
    <message>
        <source>Residential versus choice (all groups; observed values are estimates):</source>
        <translation>Wonen tegenover keuze (alle groepen; waargenomen waarden zijn schattingen):</translation>
    </message>
    <message>
        <source>Residential versus choice (all groups):</source>
        <translation>Wonen tegenover keuze (alle groepen):</translation>
    </message>
    <message>
        <source>observed %1, nearest school %2, added by choice %3 [%4; %5]</source>
        <translation>waargenomen %1, dichtstbijzijnde school %2, toegevoegd door keuze %3 [%4; %5]</translation>
    </message>
    <message>
        <source>Builds school catchment areas, compares every school with its catchment and the gemeente (afspiegeling), splits segregation into a residential part and a part added by choice, and writes a GeoPackage layer.</source>
        <translation>Maakt voedingsgebieden van scholen, vergelijkt elke school met haar voedingsgebied en de gemeente (afspiegeling), splitst segregatie in een deel door de woonsituatie en een deel dat schoolkeuze toevoegt, en schrijft een GeoPackage-laag.</translation>
    </message>
    <message>
        <source>which group table of the areas to use (default: the first)</source>
        <translation>welke groepentabel van de gebieden wordt gebruikt (standaard: de eerste)</translation>
    </message>
    <message>
        <source>bootstrap replicates for the residential/choice intervals (default 500)</source>
        <translation>bootstrapherhalingen voor de intervallen van wonen/keuze (standaard 500)</translation>
    </message>
    <message>
        <source>random seed of the bootstrap</source>
        <translation>startwaarde (seed) van de bootstrap</translation>
    </message>
    <message>
        <source>GeoPackage to write (created, or a layer added/replaced)</source>
        <translation>GeoPackage om te schrijven (wordt gemaakt, of een laag wordt toegevoegd/vervangen)</translation>
    </message>
    <message>
        <source>print the per-school table and the residential/choice split as JSON</source>
        <translation>de tabel per school en de splitsing wonen/keuze als JSON afdrukken</translation>
    </message>
    <message>
        <source>report progress on stderr</source>
        <translation>voortgang melden op stderr</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Onverwacht argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;: use voronoi, buffer or observed.</source>
        <translation>Onbekende methode &quot;%1&quot;: gebruik voronoi, buffer of observed.</translation>
    </message>
    <message>
        <source>--%1 needs a number (with a dot as decimal separator), got &quot;%2&quot;.</source>
        <translation>--%1 vraagt een getal (met een punt als decimaalteken), niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>area polygons: CBS Wijk- en Buurtkaart (GeoPackage, shapefile, GeoJSON)</source>
        <translation>gebiedsvlakken: CBS Wijk- en Buurtkaart (GeoPackage, shapefile, GeoJSON)</translation>
    </message>
    <message>
        <source>layer of the area file (default: the buurt layer)</source>
        <translation>laag van het gebiedsbestand (standaard: de buurtlaag)</translation>
    </message>
    <message>
        <source>gemeente to load, by code (GM0268) or name (Nijmegen)</source>
        <translation>te laden gemeente, op code (GM0268) of naam (Nijmegen)</translation>
    </message>
    <message>
        <source>wijk polygons for decompositions</source>
        <translation>wijkvlakken voor decomposities</translation>
    </message>
    <message>
        <source>layer of the wijk file</source>
        <translation>laag van het wijkbestand</translation>
    </message>
    <message>
        <source>DUO school vestigingen (CSV) or a school point layer</source>
        <translation>DUO-schoolvestigingen (CSV) of een laag met schoolpunten</translation>
    </message>
    <message>
        <source>layer of the school file</source>
        <translation>laag van het schoolbestand</translation>
    </message>
    <message>
        <source>VVE / kinderopvang locations (CSV with a vve column)</source>
        <translation>VVE-/kinderopvanglocaties (CSV met een kolom vve)</translation>
    </message>
    <message>
        <source>DUO pupils per vestiging by home postcode</source>
        <translation>DUO-leerlingen per vestiging naar woonpostcode</translation>
    </message>
    <message>
        <source>school composition table (school id + counts per group)</source>
        <translation>tabel met de samenstelling van scholen (school-id + aantallen per groep)</translation>
    </message>
    <message>
        <source>column mapping (JSON) saying which columns are which groups</source>
        <translation>kolomkoppeling (JSON) die aangeeft welke kolommen bij welke groepen horen</translation>
    </message>
    <message>
        <source>CBS statistics per PC4</source>
        <translation>CBS-statistieken per PC4</translation>
    </message>
    <message>
        <source>PC4 centroids (POSTCODE;LAT;LON), also places schools without coordinates</source>
        <translation>PC4-middelpunten (POSTCODE;LAT;LON), plaatst ook scholen zonder coördinaten</translation>
    </message>
    <message>
        <source>Inspectie schoolweging (per year or three-year mean)</source>
        <translation>schoolweging van de Inspectie (per jaar of driejaarsgemiddelde)</translation>
    </message>
    <message>
        <source>use the embedded demo gemeente Baarn (file options replace its files)</source>
        <translation>de ingebouwde demogemeente Baarn gebruiken (bestandsopties vervangen de bijbehorende bestanden)</translation>
    </message>
    <message>
        <source>Number of generated units.</source>
        <translation>Aantal gegenereerde eenheden.</translation>
    </message>
    <message>
        <source>Timed runs (the median is printed).</source>
        <translation>Getimede runs (de mediaan wordt afgedrukt).</translation>
    </message>
    <message>
        <source>Bootstrap replicates.</source>
        <translation>Bootstrapherhalingen.</translation>
    </message>
    <message>
        <source>Threads (0 = all cores).</source>
        <translation>Threads (0 = alle kernen).</translation>
    </message>
    <message>
        <source>Units: %1 (total %2); groups: %3</source>
        <translation>Eenheden: %1 (totaal %2); groepen: %3</translation>
    </message>
    <message>
        <source>Left out (no members in any group): %1</source>
        <translation>Weggelaten (in geen van de groepen leden): %1</translation>
    </message>
    <message>
        <source>All groups together</source>
        <translation>Alle groepen samen</translation>
    </message>
    <message>
        <source>%1 against the rest</source>
        <translation>%1 tegenover de rest</translation>
    </message>
    <message>
        <source>%1% interval %2 to %3; at random %4; bias-corrected %5; p = %6</source>
        <translation>%1%-interval %2 tot %3; bij toeval %4; gecorrigeerd voor vertekening %5; p = %6</translation>
    </message>
    <message>
        <source>Change of M against %1: %2 to %3 (%4)</source>
        <translation>Verandering van M ten opzichte van %1: %2 naar %3 (%4)</translation>
    </message>
    <message>
        <source>new units (%1): %2</source>
        <translation>nieuwe eenheden (%1): %2</translation>
    </message>
    <message>
        <source>closed units (%1): %2</source>
        <translation>gesloten eenheden (%1): %2</translation>
    </message>
    <message>
        <source>group composition: %1</source>
        <translation>samenstelling van de groepen: %1</translation>
    </message>
    <message>
        <source>unit sizes: %1</source>
        <translation>grootte van de eenheden: %1</translation>
    </message>
    <message>
        <source>structure (who goes where): %1</source>
        <translation>structuur (wie gaat waarheen): %1</translation>
    </message>
    <message>
        <source>(approximate: the tables&apos; empty cells do not allow an exact split between the last three parts)</source>
        <translation>(bij benadering: door lege cellen in de tabellen is geen exacte splitsing tussen de laatste drie delen mogelijk)</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Per eenheid</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>local M</source>
        <translation>lokale M</translation>
    </message>
    <message>
        <source>local D</source>
        <translation>lokale D</translation>
    </message>
    <message>
        <source>M at random</source>
        <translation>M bij toeval</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>LQ %1</source>
        <translation>LQ %1</translation>
    </message>
    <message>
        <source>Segregation indices of a units x groups table (one CSV line per school or area).</source>
        <translation>Segregatie-indices van een tabel eenheden x groepen (één CSV-regel per school of gebied).</translation>
    </message>
    <message>
        <source>CSV file with one line per unit.</source>
        <translation>CSV-bestand met één regel per eenheid.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Column with the unit id.</source>
        <translation>Kolom met het id van de eenheid.</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>KOLOM</translation>
    </message>
    <message>
        <source>Comma-separated count columns, one per group.</source>
        <translation>Kolommen met aantallen, door komma&apos;s gescheiden, één per groep.</translation>
    </message>
    <message>
        <source>G1,G2,...</source>
        <translation>G1,G2,...</translation>
    </message>
    <message>
        <source>Column grouping the units into areas: splits M into between and within.</source>
        <translation>Kolom die de eenheden in gebieden indeelt: splitst M in tussen en binnen.</translation>
    </message>
    <message>
        <source>Second CSV (same id and group columns): change of every index and why M changed.</source>
        <translation>Tweede CSV (dezelfde id- en groepskolommen): verandering van elke index en waarom M veranderde.</translation>
    </message>
    <message>
        <source>FILE2</source>
        <translation>BESTAND2</translation>
    </message>
    <message>
        <source>Use only rows whose COLUMN equals VALUE (repeatable), e.g. schooljaar=2023-2024.</source>
        <translation>Alleen rijen gebruiken waarin KOLOM gelijk is aan WAARDE (herhaalbaar), bijv. schooljaar=2023-2024.</translation>
    </message>
    <message>
        <source>COLUMN=VALUE</source>
        <translation>KOLOM=WAARDE</translation>
    </message>
    <message>
        <source>The groups are ordered tiers, lowest first (adds the ordinal index).</source>
        <translation>De groepen zijn geordende niveaus, de laagste eerst (voegt de ordinale index toe).</translation>
    </message>
    <message>
        <source>Column with a mean score per unit (schoolweging, SES): between-unit share of variance.</source>
        <translation>Kolom met een gemiddelde score per eenheid (schoolweging, SES): aandeel van de variantie tussen eenheden.</translation>
    </message>
    <message>
        <source>Column with the standard deviation within each unit (with --mean).</source>
        <translation>Kolom met de standaardafwijking binnen elke eenheid (met --mean).</translation>
    </message>
    <message>
        <source>Column with the number of people per unit (with --mean).</source>
        <translation>Kolom met het aantal personen per eenheid (met --mean).</translation>
    </message>
    <message>
        <source>The spread is a sample standard deviation (divisor n - 1).</source>
        <translation>De spreiding is een steekproefstandaardafwijking (deler n - 1).</translation>
    </message>
    <message>
        <source>Replicates for confidence intervals and random allocation.</source>
        <translation>Herhalingen voor betrouwbaarheidsintervallen en toevalsverdeling.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the simulations (default 1).</source>
        <translation>Startwaarde (seed) van de simulaties (standaard 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Confidence level of the intervals (default 0.95).</source>
        <translation>Betrouwbaarheidsniveau van de intervallen (standaard 0.95).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>Threads for the simulations (default: all cores; results do not change).</source>
        <translation>Threads voor de simulaties (standaard: alle kernen; de uitkomsten veranderen niet).</translation>
    </message>
    <message>
        <source>Print one JSON object instead of a table.</source>
        <translation>Eén JSON-object afdrukken in plaats van een tabel.</translation>
    </message>
    <message>
        <source>Compute N times and print the median time on stderr.</source>
        <translation>N keer berekenen en de mediane tijd op stderr afdrukken.</translation>
    </message>
    <message>
        <source>Language of messages (nl or en).</source>
        <translation>Taal van de meldingen (nl of en).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>TAAL</translation>
    </message>
    <message>
        <source>--units, --id and --groups (or --mean) are required.</source>
        <translation>--units, --id en --groups (of --mean) zijn verplicht.</translation>
    </message>
    <message>
        <source>--mean needs --spread and --count as well.</source>
        <translation>--mean vraagt ook --spread en --count.</translation>
    </message>
    <message>
        <source>--where needs COLUMN=VALUE, not &quot;%1&quot;.</source>
        <translation>--where vraagt KOLOM=WAARDE, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>--%1 vraagt een geheel getal van minstens %2, niet &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--seed vraagt een geheel getal van 0 of meer, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--confidence needs a number between 0 and 1, such as 0.95.</source>
        <translation>--confidence vraagt een getal tussen 0 en 1, zoals 0.95.</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot;. Its columns are: %3.</source>
        <translation>%1 heeft geen kolom &quot;%2&quot;. De kolommen zijn: %3.</translation>
    </message>
    <message>
        <source>%1 over %2 units: mean %3; variance between units %4, within units %5; share between units %6%</source>
        <translation>%1 over %2 eenheden: gemiddelde %3; variantie tussen eenheden %4, binnen eenheden %5; aandeel tussen eenheden %6%</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot;: %2 features, geometry %3, CRS %4</source>
        <translation>Laag &quot;%1&quot;: %2 objecten, geometrie %3, coördinatenstelsel %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>%1 valid, %2 empty</source>
        <translation>%1 geldig, %2 leeg</translation>
    </message>
    <message>
        <source>%1 suppressed</source>
        <translation>%1 afgeschermd</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Describes a data file: layers, CRS, feature count, fields, and per field the empty cells, CBS sentinels and suppressed counts.</source>
        <translation>Beschrijft een gegevensbestand: lagen, coördinatenstelsel, aantal objecten, velden, en per veld de lege cellen, CBS-codes voor onbekend of geheim en afgeschermde aantallen.</translation>
    </message>
    <message>
        <source>GeoPackage, shapefile, GeoJSON or CSV file</source>
        <translation>GeoPackage-, shapefile-, GeoJSON- of CSV-bestand</translation>
    </message>
    <message>
        <source>print the description as JSON</source>
        <translation>de beschrijving als JSON afdrukken</translation>
    </message>
    <message>
        <source>Usage: mengkaart-cli info FILE [--json]</source>
        <translation>Gebruik: mengkaart-cli info FILE [--json]</translation>
    </message>
    <message>
        <source>Areas: %1 %2 units from layer &quot;%3&quot; (%4), %5 inhabitants</source>
        <translation>Gebieden: %1 (%2) uit laag &quot;%3&quot; (%4), %5 inwoners</translation>
    </message>
    <message>
        <source>Wijken: %1</source>
        <translation>Wijken: %1</translation>
    </message>
    <message>
        <source>Postcodes (PC4): %1</source>
        <translation>Postcodes (PC4): %1</translation>
    </message>
    <message>
        <source>Schools: %1 loaded, %2 placed (%3 from their postcode), %4 not placed, %5 outside the gemeente</source>
        <translation>Scholen: %1 geladen, %2 geplaatst (%3 via hun postcode), %4 niet geplaatst, %5 buiten de gemeente</translation>
    </message>
    <message>
        <source>Not placed: %1</source>
        <translation>Niet geplaatst: %1</translation>
    </message>
    <message>
        <source>VVE locations: %1</source>
        <translation>VVE-locaties: %1</translation>
    </message>
    <message>
        <source>Pupils by home postcode: %1 rows, %2 pupils in known cells, %3 cells suppressed (&lt;5)</source>
        <translation>Leerlingen naar woonpostcode: %1 rijen, %2 leerlingen in bekende cellen, %3 cellen afgeschermd (&lt;5)</translation>
    </message>
    <message>
        <source>Group table &quot;%1&quot;: %2 groups (%3) for %4 units%5</source>
        <translation>Groepentabel &quot;%1&quot;: %2 groepen (%3) voor %4 eenheden%5</translation>
    </message>
    <message>
        <source>, estimated</source>
        <translation>, geschat</translation>
    </message>
    <message>
        <source>Missing values per mapped column:</source>
        <translation>Ontbrekende waarden per gekoppelde kolom:</translation>
    </message>
    <message>
        <source>%1: %2 valid, %3 missing, %4 suppressed</source>
        <translation>%1: %2 geldig, %3 ontbrekend, %4 afgeschermd</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <source>Loaded in %1 s</source>
        <translation>Geladen in %1 s</translation>
    </message>
    <message>
        <source>Loads the data of a gemeente and prints what was loaded: areas, schools placed and outside, missing values.</source>
        <translation>Laadt de gegevens van een gemeente en toont wat er is geladen: gebieden, geplaatste scholen en scholen buiten de gemeente, ontbrekende waarden.</translation>
    </message>
    <message>
        <source>print the summary as JSON</source>
        <translation>de samenvatting als JSON afdrukken</translation>
    </message>
    <message>
        <source>timed runs after one warm-up (default 3)</source>
        <translation>getimede runs na één opwarmrun (standaard 3)</translation>
    </message>
    <message>
        <source>segregation indices of a units x groups CSV table (JSON with --json)</source>
        <translation>segregatie-indices van een CSV-tabel eenheden x groepen (JSON met --json)</translation>
    </message>
    <message>
        <source>describe a data file: layers, CRS, features, fields, missing values</source>
        <translation>een gegevensbestand beschrijven: lagen, coördinatenstelsel, objecten, velden, ontbrekende waarden</translation>
    </message>
    <message>
        <source>load a gemeente&apos;s data (or --demo) and summarise what was loaded</source>
        <translation>de gegevens van een gemeente laden (of --demo) en samenvatten wat er is geladen</translation>
    </message>
    <message>
        <source>catchment areas, afspiegeling per school and the residential/choice split (GeoPackage, JSON)</source>
        <translation>voedingsgebieden, afspiegeling per school en de splitsing wonen/keuze (GeoPackage, JSON)</translation>
    </message>
    <message>
        <source>time a computation on real or generated data (for performance work)</source>
        <translation>de rekentijd meten op echte of gegenereerde gegevens (voor prestatiewerk)</translation>
    </message>
    <message>
        <source>A national area file (e.g. cbs_wijken_2022.gpkg) to time as well.</source>
        <translation>Een landelijk gebiedsbestand (bijv. cbs_wijken_2022.gpkg) om ook te meten.</translation>
    </message>
    <message>
        <source>Layer of the national file.</source>
        <translation>Laag van het landelijke bestand.</translation>
    </message>
    <message>
        <source>Output size in pixels (default 1920x1080).</source>
        <translation>Uitvoergrootte in pixels (standaard 1920x1080).</translation>
    </message>
    <message>
        <source>Device pixel ratio (default 1).</source>
        <translation>Pixelverhouding van het apparaat (standaard 1).</translation>
    </message>
    <message>
        <source>Runs per figure (default 20).</source>
        <translation>Runs per meting (standaard 20).</translation>
    </message>
    <message>
        <source>Also time the national layer cut into grid cells of this size (km).</source>
        <translation>Meet ook de landelijke laag, opgeknipt in rastercellen van deze grootte (km).</translation>
    </message>
    <message>
        <source>Save the last images with this path prefix.</source>
        <translation>De laatste afbeeldingen opslaan met dit padvoorvoegsel.</translation>
    </message>
    <message>
        <source>Invalid --size, --repeat or --dpr.</source>
        <translation>Ongeldige --size, --repeat of --dpr.</translation>
    </message>
    <message numerus="yes">
        <source>Left out (no score): %n unit(s), e.g. %1</source>
        <translation>
            <numerusform>Weggelaten (geen score): %n eenheid, bijv. %1</numerusform>
            <numerusform>Weggelaten (geen score): %n eenheden, bijv. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Catchments and the nearest-school counterfactual use the mix of whole postcode areas, the resolution of this estimate.</source>
        <translation>De voedingsgebieden en de vergelijking met de dichtstbijzijnde school gebruiken de samenstelling van hele postcodegebieden, de resolutie van deze schatting.</translation>
    </message>
    <message>
        <source>save + load a project file: the demo and the demo repeated to national size</source>
        <translation>een projectbestand opslaan en openen: de demo en de demo herhaald tot landelijke omvang</translation>
    </message>
    <message>
        <source>voronoi (nearest school), buffer (distance band) or observed (postcodes the pupils come from); default voronoi, or the project&apos;s</source>
        <translation>voronoi (dichtstbijzijnde school), buffer (afstandszone) of observed (postcodes waar de leerlingen vandaan komen); standaard voronoi, of die van het project</translation>
    </message>
    <message>
        <source>buffer radius in metres (default 1000, or the project&apos;s)</source>
        <translation>straal van de afstandszone in meters (standaard 1000, of die van het project)</translation>
    </message>
    <message>
        <source>observed: share of pupils the catchment must supply (default 0.8, or the project&apos;s)</source>
        <translation>observed: aandeel van de leerlingen dat het voedingsgebied moet leveren (standaard 0.8, of dat van het project)</translation>
    </message>
    <message>
        <source>a saved Mengkaart project: its data, settings and goals</source>
        <translation>een opgeslagen Mengkaart-project: de gegevens, instellingen en doelen</translation>
    </message>
    <message>
        <source>--project already holds the data: leave out --demo and the file options.</source>
        <translation>--project bevat de gegevens al: laat --demo en de bestandsopties weg.</translation>
    </message>
    <message>
        <source>save a project file (data, settings, LEA goals) or describe one</source>
        <translation>een projectbestand opslaan (gegevens, instellingen, LEA-doelen) of beschrijven</translation>
    </message>
    <message>
        <source>Saves a gemeente&apos;s data (or --demo, or another project) with settings and LEA goals as one Mengkaart project file, a GeoPackage that QGIS also opens.</source>
        <translation>Slaat de gegevens van een gemeente (of --demo, of een ander project) met instellingen en LEA-doelen op als één Mengkaart-projectbestand, een GeoPackage die ook QGIS opent.</translation>
    </message>
    <message>
        <source>project file to write (replaced atomically)</source>
        <translation>projectbestand om te schrijven (in één keer vervangen)</translation>
    </message>
    <message>
        <source>LEA goals to store (JSON list of goals)</source>
        <translation>LEA-doelen om op te slaan (JSON-lijst met doelen)</translation>
    </message>
    <message>
        <source>name of the project (default: the gemeente)</source>
        <translation>naam van het project (standaard: de gemeente)</translation>
    </message>
    <message>
        <source>Give the project file to write with --out FILE.mengkaart.</source>
        <translation>Geef het projectbestand om te schrijven met --out FILE.mengkaart.</translation>
    </message>
    <message numerus="yes">
        <source>Project &quot;%1&quot; (%2) saved to %3 with %n goal(s).</source>
        <translation>
            <numerusform>Project &quot;%1&quot; (%2) opgeslagen in %3 met %n doel.</numerusform>
            <numerusform>Project &quot;%1&quot; (%2) opgeslagen in %3 met %n doelen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2 %3 by %4</source>
        <translation>%1 %2 %3 in %4</translation>
    </message>
    <message>
        <source>Project: %1 (%2, %3)</source>
        <translation>Project: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Gemeente: %1 %2, data year %3</source>
        <translation>Gemeente: %1 %2, gegevensjaar %3</translation>
    </message>
    <message>
        <source>Areas: %1; wijken: %2; postcodes (PC4): %3</source>
        <translation>Gebieden: %1; wijken: %2; postcodes (PC4): %3</translation>
    </message>
    <message>
        <source>Schools: %1 (%2 placed); VVE locations: %3</source>
        <translation>Scholen: %1 (%2 geplaatst); VVE-locaties: %3</translation>
    </message>
    <message>
        <source>Pupil flows: %1 rows; schoolweging: %2 records</source>
        <translation>Leerlingen naar woonpostcode: %1 rijen; schoolweging: %2 records</translation>
    </message>
    <message>
        <source>Privacy threshold: %1 children</source>
        <translation>Privacydrempel: %1 kinderen</translation>
    </message>
    <message>
        <source>Catchments: %1, afspiegeling threshold %2 points</source>
        <translation>Voedingsgebieden: %1, afspiegelingsdrempel %2 procentpunt</translation>
    </message>
    <message>
        <source>LEA goals: none</source>
        <translation>LEA-doelen: geen</translation>
    </message>
    <message>
        <source>LEA goals:</source>
        <translation>LEA-doelen:</translation>
    </message>
    <message>
        <source>Describes a Mengkaart project file: gemeente, what it holds, settings and LEA goals.</source>
        <translation>Beschrijft een Mengkaart-projectbestand: gemeente, inhoud, instellingen en LEA-doelen.</translation>
    </message>
    <message>
        <source>the project file (.mengkaart)</source>
        <translation>het projectbestand (.mengkaart)</translation>
    </message>
    <message>
        <source>Give one project file: mengkaart-cli project info FILE.mengkaart</source>
        <translation>Geef één projectbestand: mengkaart-cli project info FILE.mengkaart</translation>
    </message>
    <message>
        <source>       mengkaart-cli project info FILE.mengkaart [--json]</source>
        <translation>         mengkaart-cli project info FILE.mengkaart [--json]</translation>
    </message>
    <message>
        <source>copies of the demo in the large project (default 700: ~14,700 buurten)</source>
        <translation>kopieën van de demo in het grote project (standaard 700: ~14.700 buurten)</translation>
    </message>
    <message>
        <source>DUO pupils per vestiging (soort po, cluster, leeftijd); replaces the school file&apos;s counts</source>
        <translation>DUO-leerlingen per vestiging (soort po, cluster, leeftijd); vervangt de aantallen uit het scholenbestand</translation>
    </message>
    <message>
        <source>Times all global and local segregation indices of a generated units x 3 groups table.</source>
        <translation>Meet de tijd van alle globale en lokale segregatie-indexen van een gegenereerde tabel van eenheden x 3 groepen.</translation>
    </message>
    <message>
        <source>Times the bootstrap and random-allocation replicates of all indices of a generated table.</source>
        <translation>Meet de tijd van de bootstrap- en toevalsverdelingsherhalingen van alle indexen van een gegenereerde tabel.</translation>
    </message>
    <message>
        <source>Gemeente: all units of the file (%1 km²)</source>
        <translation>Gemeente: alle eenheden van het bestand (%1 km²)</translation>
    </message>
    <message>
        <source>Gemeente: %1 %2 (%3 km²)</source>
        <translation>Gemeente: %1 %2 (%3 km²)</translation>
    </message>
    <message>
        <source>, data year %1</source>
        <translation>, gegevensjaar %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln from the school file</source>
        <translation>
            <numerusform>%Ln uit het scholenbestand</numerusform>
            <numerusform>%Ln uit het scholenbestand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln from the pupils file</source>
        <translation>
            <numerusform>%Ln uit het leerlingenbestand</numerusform>
            <numerusform>%Ln uit het leerlingenbestand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln estimated from pupils by home postcode</source>
        <translation>
            <numerusform>%Ln geschat uit leerlingen naar woonpostcode</numerusform>
            <numerusform>%Ln geschat uit leerlingen naar woonpostcode</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a count</source>
        <translation>
            <numerusform>%Ln zonder aantal</numerusform>
            <numerusform>%Ln zonder aantal</numerusform>
        </translation>
    </message>
    <message>
        <source>Pupil counts: %1</source>
        <translation>Leerlingaantallen: %1</translation>
    </message>
    <message>
        <source>the demo LEA briefing: content and PDF, median of --repeat runs</source>
        <translation>de LEA-notitie van de demogemeente: inhoud en pdf, mediaan van --repeat keer</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use --lang nl or --lang en.</source>
        <translation>Onbekende taal &quot;%1&quot;: gebruik --lang nl of --lang en.</translation>
    </message>
    <message>
        <source>Unknown section &quot;%1&quot;: use a comma-separated list of %2.</source>
        <translation>Onbekend onderdeel &quot;%1&quot;: gebruik een lijst met komma&apos;s uit %2.</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>de pdf om te schrijven</translation>
    </message>
    <message>
        <source>LEA goals: a JSON array of goals (indicator, comparison, target, deadline, group, description)</source>
        <translation>LEA-doelen: een JSON-lijst van doelen (indicator, comparison, target, deadline, group, description)</translation>
    </message>
    <message>
        <source>comma-separated sections to include (default all): %1</source>
        <translation>onderdelen om op te nemen, met komma&apos;s (standaard alle): %1</translation>
    </message>
    <message>
        <source>catchment areas: voronoi (nearest school, default), buffer or observed</source>
        <translation>voedingsgebieden: voronoi (dichtstbijzijnde school, standaard), buffer of observed</translation>
    </message>
    <message>
        <source>print a summary of the briefing as JSON</source>
        <translation>druk een samenvatting van de notitie af als JSON</translation>
    </message>
    <message>
        <source>Give the PDF to write with --out FILE.pdf.</source>
        <translation>Geef de pdf om te schrijven met --out BESTAND.pdf.</translation>
    </message>
    <message numerus="yes">
        <source>Briefing for %1 written to %2 (%n page(s)).</source>
        <translation>
            <numerusform>Notitie voor %1 geschreven naar %2 (%n pagina).</numerusform>
            <numerusform>Notitie voor %1 geschreven naar %2 (%n pagina&apos;s).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: withheld because it rests on fewer than %2 people, or would give such a figure away.</source>
        <translation>%1: afgeschermd omdat het op minder dan %2 personen berust, of zo&apos;n getal zou verraden.</translation>
    </message>
    <message>
        <source>Privacy threshold: per-unit figures resting on fewer people are withheld (default 5, at least 1).</source>
        <translation>Privacydrempel: getallen per eenheid die op minder personen berusten worden afgeschermd (standaard 5, ten minste 1).</translation>
    </message>
    <message>
        <source>the LEA briefing as a PDF in Dutch or English (--lang nl|en --out FILE.pdf)</source>
        <translation>de LEA-notitie als pdf in het Nederlands of Engels (--lang nl|en --out BESTAND.pdf)</translation>
    </message>
    <message>
        <source>names for options, goals and JSON: &quot;%1&quot;: %2</source>
        <extracomment>the canonical names of a characteristic and its groups, which --characteristic, LEA goals and JSON use</extracomment>
        <translation>namen voor opties, doelen en JSON: &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>deferred acceptance and Boston with verification, generated 25,000 students x 80 schools x lists of 6</source>
        <translation>uitgestelde acceptatie (DA) en directe toewijzing (Boston) met controle, gegenereerd: 25.000 leerlingen x 80 scholen x lijsten van 6</translation>
    </message>
    <message>
        <source>choice model fit on the DUO flows + calibration report (--demo or the load options)</source>
        <translation>schatting van het keuzemodel op de DUO-leerlingstromen + kalibratierapport (--demo of de laadopties)</translation>
    </message>
    <message>
        <source>scenario Monte Carlo: 200 runs, generated 25,000 children x 80 schools; with data options a real run</source>
        <translation>scenariosimulatie: 200 simulatierondes, gegenereerd: 25.000 kinderen x 80 scholen; met gegevensopties een echte run</translation>
    </message>
    <message>
        <source>Times the choice model fit on the DUO pupils-by-postcode flows and its calibration report.</source>
        <translation>Meet de tijd van de schatting van het keuzemodel op de DUO-leerlingstromen (leerlingen naar woonpostcode) en van het kalibratierapport.</translation>
    </message>
    <message>
        <source>km or ln_km (default km)</source>
        <translation>km of ln_km (standaard km)</translation>
    </message>
    <message>
        <source>choice radius in metres (default 0: every school)</source>
        <translation>keuzestraal in meters (standaard 0: alle scholen)</translation>
    </message>
    <message>
        <source>group characteristic for a fit per group and the schoolweging comparison</source>
        <translation>groepskenmerk voor een schatting per groep en de vergelijking met de schoolweging</translation>
    </message>
    <message>
        <source>group whose simulated share is compared with the schoolweging</source>
        <translation>groep waarvan het gesimuleerde aandeel met de schoolweging wordt vergeleken</translation>
    </message>
    <message>
        <source>--distance-form must be km or ln_km.</source>
        <translation>--distance-form moet km of ln_km zijn.</translation>
    </message>
    <message>
        <source>%1 split by &quot;%2&quot;: between %3 (%4%), within %5 (%6%)</source>
        <translation>%1 gesplitst naar &quot;%2&quot;: tussen %3 (%4%), binnen %5 (%6%)</translation>
    </message>
    <message>
        <source>what if: a new school, closure, merger, capacity, housing or admission rules, before/after with bands</source>
        <translation>wat als: een nieuwe school, sluiting, fusie, capaciteit, woningbouw of toelatingsregels, voor/na met bandbreedtes</translation>
    </message>
    <message>
        <source>one school-choice matching (deferred acceptance or Boston) of students, schools and priorities CSVs</source>
        <translation>één toewijzing van leerlingen aan scholen (uitgestelde acceptatie of Boston) uit CSV-bestanden met leerlingen, scholen en voorrang</translation>
    </message>
    <message>
        <source>Times compiling the admission rules, deferred acceptance and adaptive Boston, and verifying each matching, on a generated city (the median of --repeat runs).</source>
        <translation>Meet de tijd van het voorbereiden van de toelatingsregels, uitgestelde acceptatie (DA) en adaptieve directe toewijzing (Boston), en de controle van elke toewijzing, op een gegenereerde stad (de mediaan van --repeat runs).</translation>
    </message>
    <message>
        <source>Children of the generated city.</source>
        <translation>Kinderen van de gegenereerde stad.</translation>
    </message>
    <message>
        <source>Schools of the generated city.</source>
        <translation>Scholen van de gegenereerde stad.</translation>
    </message>
    <message>
        <source>Schools each child ranks.</source>
        <translation>Aantal scholen dat elk kind op zijn lijst zet.</translation>
    </message>
    <message>
        <source>Admission rules: a preset (%1) or a rules file; the list length is --list.</source>
        <translation>Toelatingsregels: een voorinstelling (%1) of een bestand met regels; de lengte van de lijst is --list.</translation>
    </message>
    <message>
        <source>PRESET|FILE</source>
        <translation>PRESET|BESTAND</translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: %4</source>
        <translation>%1, regel %2, kolom &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of at least %2.</source>
        <translation>&quot;%1&quot; moet een geheel getal van ten minste %2 zijn.</translation>
    </message>
    <message>
        <source>the id is empty. Give every line an id.</source>
        <translation>de id is leeg. Geef elke regel een id.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice. Give every line its own id.</source>
        <translation>&quot;%1&quot; komt twee keer voor. Geef elke regel een eigen id.</translation>
    </message>
    <message>
        <source>student &quot;%1&quot; is not in %2.</source>
        <translation>leerling &quot;%1&quot; staat niet in %2.</translation>
    </message>
    <message>
        <source>school &quot;%1&quot; is not in %2.</source>
        <translation>school &quot;%1&quot; staat niet in %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot; moet een geheel getal zijn.</translation>
    </message>
    <message>
        <source>student &quot;%1&quot; and school &quot;%2&quot; appear twice. Keep one line per pair.</source>
        <translation>leerling &quot;%1&quot; en school &quot;%2&quot; komen twee keer voor. Houd één regel per paar.</translation>
    </message>
    <message>
        <source>school &quot;%1&quot; is listed twice. List every school once, best first.</source>
        <translation>school &quot;%1&quot; staat twee keer in de lijst. Noem elke school één keer, de meest gewenste eerst.</translation>
    </message>
    <message>
        <source>Student-proposing deferred acceptance</source>
        <translation>Uitgestelde acceptatie (DA), voorstellen door leerlingen</translation>
    </message>
    <message>
        <source>Adaptive immediate acceptance (Boston)</source>
        <translation>Adaptieve directe toewijzing (Boston)</translation>
    </message>
    <message>
        <source>student</source>
        <translation>leerling</translation>
    </message>
    <message>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>rang</translation>
    </message>
    <message>
        <source>(unplaced)</source>
        <translation>(niet geplaatst)</translation>
    </message>
    <message>
        <source>Placed %1 of %2; at their first choice %3.</source>
        <translation>%1 van %2 geplaatst; op hun eerste keuze: %3.</translation>
    </message>
    <message>
        <source>Blocking pairs: %1 (deferred acceptance is stable, so this must be 0).</source>
        <translation>Blokkerende paren: %1 (uitgestelde acceptatie is stabiel, dus dit moet 0 zijn).</translation>
    </message>
    <message>
        <source>Justified envy: %1 pairs of a student and a school she prefers that would rather have her (immediate acceptance is not stable by design).</source>
        <translation>Gerechtvaardigde afgunst: %1 paren van een leerling en een school waar zij liever heen wil en die haar liever zou hebben (directe toewijzing is bewust niet stabiel).</translation>
    </message>
    <message>
        <source>One school-choice matching on explicit input, for checking by other tools.
students.csv: id, preferences (school ids, best first, separated by spaces), lottery (lower wins);
schools.csv: id, capacity; priorities.csv: student, school, class (a whole number, lower = higher priority; absent pairs rank last). A school ranks its applicants by (class, lottery).
JSON: {&quot;mechanism&quot;, &quot;assignment&quot;: [{&quot;student&quot;, &quot;school&quot; (null if unplaced), &quot;rank&quot; (1 = first choice, null if unplaced)}], &quot;unassigned&quot;, &quot;blocking_pairs&quot;, &quot;verification&quot;}.</source>
        <translation>Eén toewijzing van leerlingen aan scholen op expliciete invoer, om te controleren met andere programma&apos;s.
students.csv: id, preferences (school-id&apos;s, de meest gewenste eerst, gescheiden door spaties), lottery (lager wint);
schools.csv: id, capacity; priorities.csv: student, school, class (een geheel getal, lager = meer voorrang; paren die ontbreken komen als laatste). Een school rangschikt haar aanmelders op (class, lottery).
JSON: {&quot;mechanism&quot;, &quot;assignment&quot;: [{&quot;student&quot;, &quot;school&quot; (null als niet geplaatst), &quot;rank&quot; (1 = eerste keuze, null als niet geplaatst)}], &quot;unassigned&quot;, &quot;blocking_pairs&quot;, &quot;verification&quot;}.</translation>
    </message>
    <message>
        <source>CSV of the students.</source>
        <translation>CSV-bestand met de leerlingen.</translation>
    </message>
    <message>
        <source>CSV of the schools.</source>
        <translation>CSV-bestand met de scholen.</translation>
    </message>
    <message>
        <source>CSV of priority classes per student and school (optional).</source>
        <translation>CSV-bestand met voorrangsklassen per leerling en school (optioneel).</translation>
    </message>
    <message>
        <source>da: student-proposing deferred acceptance (default); boston: adaptive immediate acceptance.</source>
        <translation>da: uitgestelde acceptatie, voorstellen door leerlingen (standaard); boston: adaptieve directe toewijzing.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>--students and --schools are required.</source>
        <translation>--students en --schools zijn verplicht.</translation>
    </message>
    <message>
        <source>--mechanism is da or boston, not &quot;%1&quot;.</source>
        <translation>--mechanism is da of boston, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Times the scenario Monte Carlo: a generated city (free choice, and deferred acceptance with the Nijmegen rules), and with data options a whole scenario run on real data (population, fit, calibration, Monte Carlo) closing the first school.</source>
        <translation>Meet de tijd van de scenariosimulatie: een gegenereerde stad (vrije keuze, en uitgestelde acceptatie met de Nijmeegse regels), en met gegevensopties een volledige scenariorun op echte gegevens (bevolking, schatting, kalibratie, simulatierondes) waarin de eerste school sluit.</translation>
    </message>
    <message>
        <source>children of the generated city (default 25000)</source>
        <translation>kinderen van de gegenereerde stad (standaard 25000)</translation>
    </message>
    <message>
        <source>schools of the generated city (default 80)</source>
        <translation>scholen van de gegenereerde stad (standaard 80)</translation>
    </message>
    <message>
        <source>Monte-Carlo runs (default 200)</source>
        <translation>simulatierondes (standaard 200)</translation>
    </message>
    <message>
        <source>threads (default: every core)</source>
        <translation>threads (standaard: alle kernen)</translation>
    </message>
    <message>
        <source>--city-children needs at least 10, --city-schools at least 2 and --runs at least 1.</source>
        <translation>--city-children vraagt ten minste 10, --city-schools ten minste 2 en --runs ten minste 1.</translation>
    </message>
    <message>
        <source>%1: %2 runs x (baseline + scenario), %3 children x %4 schools: %5 s wall, %6 s CPU, %7 matchings verified, %8 blocking pairs</source>
        <translation>%1: %2 simulatierondes x (uitgangssituatie + scenario), %3 kinderen x %4 scholen: %5 s kloktijd, %6 s CPU, %7 toewijzingen gecontroleerd, %8 blokkerende paren</translation>
    </message>
    <message>
        <source>free choice</source>
        <translation>vrije keuze</translation>
    </message>
    <message>
        <source>deferred acceptance (nijmegen)</source>
        <translation>uitgestelde acceptatie (nijmegen)</translation>
    </message>
    <message>
        <source>%1: %2 children, %3 schools; whole run %4 s, of which Monte Carlo (baseline + scenario) %5 s; calibration %6 simulated iterations, largest gap %7 pupils</source>
        <translation>%1: %2 kinderen, %3 scholen; hele run %4 s, waarvan simulatierondes (uitgangssituatie + scenario) %5 s; kalibratie %6 gesimuleerde iteraties, grootste verschil %7 leerlingen</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot;: write %3.</source>
        <translation>--%1 &quot;%2&quot;: schrijf %3.</translation>
    </message>
    <message>
        <source>X,Y,CAPACITY[,NAME] with X and Y in RD New metres, e.g. 146500,470200,200,De Nieuwbouw</source>
        <translation>X,Y,CAPACITY[,NAME] met X en Y in RD New-meters, bijv. 146500,470200,200,De Nieuwbouw</translation>
    </message>
    <message>
        <source>two or more school ids separated by commas, e.g. 04QC00,06GW00</source>
        <translation>twee of meer school-id&apos;s gescheiden door komma&apos;s, bijv. 04QC00,06GW00</translation>
    </message>
    <message>
        <source>ID=N, e.g. 04QC00=250</source>
        <translation>ID=N, bijv. 04QC00=250</translation>
    </message>
    <message>
        <source>X,Y,CHILDREN[,GROUP=SHARE...], e.g. 146500,470200,120,outside Europe=0.3,Dutch origin=0.7</source>
        <translation>X,Y,CHILDREN[,GROUP=SHARE...], bijv. 146500,470200,120,outside Europe=0.3,Dutch origin=0.7</translation>
    </message>
    <message>
        <source>group shares that add up to 1</source>
        <translation>groepsaandelen die samen 1 zijn</translation>
    </message>
    <message>
        <source>AREA,GROUP,N,SCHOOL, e.g. 3741,outside Europe,12,04QC00</source>
        <translation>AREA,GROUP,N,SCHOOL, bijv. 3741,outside Europe,12,04QC00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an admission-rules preset (%2) nor a file that exists.</source>
        <translation>&quot;%1&quot; is geen voorinstelling voor toelatingsregels (%2) en ook geen bestaand bestand.</translation>
    </message>
    <message>
        <source>What if: simulates where children go to school today (baseline) and after the changes given (a new school, a closure, a merger, a capacity, new housing, a parent initiative, other admission rules), with a choice model fitted on the pupil flows and calibrated to today&apos;s pupils, and reports every segregation index before and after with 90 % bands over the Monte-Carlo runs. Edits given as options are applied after those of --scenario, in the order new schools, closures, mergers, capacities, housing, initiatives.</source>
        <translation>Wat als: simuleert naar welke school kinderen nu gaan (uitgangssituatie) en na de opgegeven veranderingen (een nieuwe school, een sluiting, een fusie, een capaciteit, nieuwe woningbouw, een ouderinitiatief, andere toelatingsregels), met een keuzemodel dat is geschat op de leerlingstromen en gekalibreerd op de huidige leerlingen, en toont elke segregatie-index voor en na, met 90%-bandbreedtes over de simulatierondes. Wijzigingen die als opties zijn opgegeven, worden toegepast na die van --scenario, in de volgorde nieuwe scholen, sluitingen, fusies, capaciteiten, woningbouw, initiatieven.</translation>
    </message>
    <message>
        <source>a scenario file (format mengkaart-scenario, see the README)</source>
        <translation>een scenariobestand (indeling mengkaart-scenario, zie de README)</translation>
    </message>
    <message>
        <source>the scenario&apos;s name (for the output and the saved file)</source>
        <translation>de naam van het scenario (voor de uitvoer en het opgeslagen bestand)</translation>
    </message>
    <message>
        <source>a new school at X,Y (RD New metres) with CAPACITY places; repeatable</source>
        <translation>een nieuwe school op X,Y (RD New-meters) met CAPACITY plaatsen; herhaalbaar</translation>
    </message>
    <message>
        <source>close a school (BRIN + vestiging); repeatable</source>
        <translation>een school sluiten (BRIN + vestiging); herhaalbaar</translation>
    </message>
    <message>
        <source>merge schools at the first one&apos;s site; repeatable</source>
        <translation>scholen samenvoegen op de plek van de eerste; herhaalbaar</translation>
    </message>
    <message>
        <source>a school&apos;s new capacity; repeatable</source>
        <translation>de nieuwe capaciteit van een school; herhaalbaar</translation>
    </message>
    <message>
        <source>new housing: CHILDREN primary pupils within 250 m of X,Y, with a group mix (default the gemeente&apos;s); repeatable</source>
        <translation>nieuwe woningbouw: CHILDREN basisschoolleerlingen binnen 250 m van X,Y, met een groepssamenstelling (standaard die van de gemeente); herhaalbaar</translation>
    </message>
    <message>
        <source>a parent initiative: N children of GROUP from AREA register together at SCHOOL; repeatable</source>
        <translation>een ouderinitiatief: N kinderen van GROUP uit AREA melden zich samen aan bij SCHOOL; herhaalbaar</translation>
    </message>
    <message>
        <source>the scenario&apos;s admission rules: a preset (%1) or a rules file</source>
        <translation>de toelatingsregels van het scenario: een voorinstelling (%1) of een bestand met regels</translation>
    </message>
    <message>
        <source>the baseline&apos;s admission rules (default status-quo: decentral, siblings then lottery)</source>
        <translation>de toelatingsregels van de uitgangssituatie (standaard status-quo: decentraal, broertjes en zusjes, dan loting)</translation>
    </message>
    <message>
        <source>pupils (all primary pupils, default) or cohort (one intake year)</source>
        <translation>pupils (alle basisschoolleerlingen, standaard) of cohort (één instroomjaar)</translation>
    </message>
    <message>
        <source>random seed (default 1); the same seed gives the same numbers</source>
        <translation>startgetal voor het toeval (standaard 1); hetzelfde startgetal geeft dezelfde uitkomsten</translation>
    </message>
    <message>
        <source>threads (default: every core); the numbers do not depend on it</source>
        <translation>threads (standaard: alle kernen); de uitkomsten hangen er niet van af</translation>
    </message>
    <message>
        <source>write the scenario (edits, rules, calibrated model, seed) to a file that reproduces this run</source>
        <translation>het scenario (wijzigingen, regels, gekalibreerd model, startgetal) schrijven naar een bestand waarmee deze run te herhalen is</translation>
    </message>
    <message>
        <source>write the schools before and after as a GeoPackage layer</source>
        <translation>de scholen voor en na schrijven als GeoPackage-laag</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>het resultaat als JSON afdrukken</translation>
    </message>
    <message>
        <source>--population takes pupils or cohort, not &quot;%1&quot;.</source>
        <translation>--population is pupils of cohort, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, got &quot;%4&quot;.</source>
        <translation>--%1 vraagt een geheel getal van %2 tot %3, maar kreeg &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more, got &quot;%1&quot;.</source>
        <translation>--seed vraagt een geheel getal van 0 of meer, maar kreeg &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--scenario &quot;%1&quot;: there is no scenario of that name in the project and no such file. %2</source>
        <translation>--scenario &quot;%1&quot;: het project heeft geen scenario met die naam en er is ook geen bestand met die naam. %2</translation>
    </message>
    <message>
        <source>The data hold no saved scenarios: give a scenario file (mengkaart-cli scenario --save-scenario FILE.json writes one).</source>
        <translation>De gegevens bevatten geen opgeslagen scenario&apos;s: geef een scenariobestand op (mengkaart-cli scenario --save-scenario FILE.json schrijft er een).</translation>
    </message>
    <message>
        <source>The project&apos;s scenarios are: %1.</source>
        <translation>De scenario&apos;s van het project zijn: %1.</translation>
    </message>
    <message>
        <source>Writes the LEA briefing as a PDF (A4): key figures with intervals and a plain-language summary, a map, the per-school table, charts, the LEA goals, what-if scenarios (--scenario) and a methods page, in Dutch or English, with small numbers suppressed.</source>
        <translation>Schrijft de LEA-notitie als pdf (A4): kerncijfers met intervallen en een samenvatting in gewone taal, een kaart, de tabel per school, grafieken, de LEA-doelen, wat-als-scenario&apos;s (--scenario) en een pagina met methoden, in het Nederlands of Engels, met kleine aantallen afgeschermd.</translation>
    </message>
    <message>
        <source>a what-if scenario to add as pages: a scenario file, or the name of a scenario saved in the project (repeatable)</source>
        <translation>een wat-als-scenario om als pagina&apos;s toe te voegen: een scenariobestand, of de naam van een scenario dat in het project is opgeslagen (herhaalbaar)</translation>
    </message>
    <message>
        <source>--sections leaves out &quot;%1&quot;: the scenarios given are not run.</source>
        <translation>--sections laat &quot;%1&quot; weg: de opgegeven scenario&apos;s worden niet doorgerekend.</translation>
    </message>
    <message>
        <source>afspiegeling: minimum gap in percentage points (default 10, or the project&apos;s); not the privacy threshold, which is --privacy-threshold</source>
        <translation>afspiegeling: minimaal verschil in procentpunten (standaard 10, of dat van het project); niet de privacydrempel, dat is --privacy-threshold</translation>
    </message>
    <message>
        <source>privacy threshold: figures resting on fewer children are withheld (default 5, or the project&apos;s; at least 1)</source>
        <translation>privacydrempel: cijfers die op minder kinderen berusten, worden afgeschermd (standaard 5, of de drempel van het project; ten minste 1)</translation>
    </message>
    <message>
        <source>older name of --privacy-threshold (deprecated)</source>
        <translation>oudere naam van --privacy-threshold (verouderd)</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of children of at least 1 (default 5), not &quot;%2&quot;.</source>
        <translation>--%1 vraagt een geheel aantal kinderen van ten minste 1 (standaard 5), niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--privacy-threshold and its older name --threshold give different values (%1 and %2); give one.</source>
        <translation>--privacy-threshold en de oudere naam --threshold geven verschillende waarden (%1 en %2); geef er één.</translation>
    </message>
    <message>
        <source>a what-if scenario file to store in the project, replacing one of the same name (repeatable; unnamed: named after the file)</source>
        <translation>een wat-als-scenariobestand om in het project op te slaan, in plaats van een scenario met dezelfde naam (herhaalbaar; zonder naam: genoemd naar het bestand)</translation>
    </message>
    <message numerus="yes">
        <source>It holds %n scenario(s).</source>
        <translation>
            <numerusform>Het bevat %n scenario.</numerusform>
            <numerusform>Het bevat %n scenario&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenarios: none</source>
        <translation>Scenario&apos;s: geen</translation>
    </message>
    <message>
        <source>Scenarios:</source>
        <translation>Scenario&apos;s:</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 runs, seed %3, admission %4</source>
        <translation>&quot;%1&quot;: %2 simulatierondes, startgetal %3, toelating %4</translation>
    </message>
    <message>
        <source>Usage: mengkaart-cli project save (--demo | --project FILE | data options) --out FILE.mengkaart [--goals FILE.json] [--privacy-threshold N] [--scenario FILE.json]...</source>
        <translation>Gebruik: mengkaart-cli project save (--demo | --project FILE | gegevensopties) --out FILE.mengkaart [--goals FILE.json] [--privacy-threshold N] [--scenario FILE.json]...</translation>
    </message>
    <message>
        <source>secondary schools: DUO vo pupils per vestiging by onderwijstype (repeatable, one per year)</source>
        <translation>voortgezet onderwijs: DUO-leerlingen vo per vestiging naar onderwijstype (herhaalbaar, één per jaar)</translation>
    </message>
    <message>
        <source>secondary schools: DUO addresses of all vo vestigingen</source>
        <translation>voortgezet onderwijs: DUO-adressen van alle vo-vestigingen</translation>
    </message>
    <message>
        <source>secondary schools: gemeente name or code (repeatable, a vo region)</source>
        <translation>voortgezet onderwijs: naam of code van de gemeente (herhaalbaar, een vo-regio)</translation>
    </message>
    <message>
        <source>secondary schools: school file with positions</source>
        <translation>voortgezet onderwijs: scholenbestand met liggingen</translation>
    </message>
    <message>
        <source>secondary schools: PC4 centroids</source>
        <translation>voortgezet onderwijs: PC4-middelpunten</translation>
    </message>
    <message>
        <source>SES: %1</source>
        <translation>SES: %1</translation>
    </message>
    <message>
        <source>SES afspiegeling (schoolweging against what the pupils&apos; home postcodes predict): %1 schools, gap mean %2, SD %3, from %4 to %5 points; %6 differ, %7 possibly differ, %8 mirror their neighbourhoods</source>
        <translation>SES-afspiegeling (schoolweging tegenover wat de woonpostcodes van de leerlingen voorspellen): %1 scholen, verschil gemiddeld %2, SD %3, van %4 tot %5 punten; afwijkend: %6, mogelijk afwijkend: %7, afspiegeling van hun woonbuurten: %8</translation>
    </message>
    <message>
        <source>SES afspiegeling: minimum gap in schoolweging points for &quot;differs&quot; (default 4)</source>
        <translation>SES-afspiegeling: minimaal verschil in schoolwegingspunten voor &quot;wijkt af&quot; (standaard 4)</translation>
    </message>
    <message>
        <source>Give the GeoPackage to write with --out FILE.gpkg (or print JSON only with --json).</source>
        <translation>Geef de te schrijven GeoPackage op met --out BESTAND.gpkg (of druk alleen JSON af met --json).</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more, --bootstrap one from 0 to %1.</source>
        <translation>--seed vraagt een geheel getal van 0 of meer, --bootstrap een van 0 tot %1.</translation>
    </message>
    <message>
        <source>language of messages, numbers and documents: nl or en (default: from LC_ALL, LC_MESSAGES or LANG; English for C or POSIX)</source>
        <translation>taal van meldingen, getallen en documenten: nl of en (standaard: uit LC_ALL, LC_MESSAGES of LANG; Engels bij C of POSIX)</translation>
    </message>
    <message>
        <source>Give a gemeente with --gemeente NAME (the national data that ship with Mengkaart), the area file with --areas FILE, a project with --project FILE, or use --demo for the embedded demo gemeente.</source>
        <translation>Geef een gemeente op met --gemeente NAAM (de landelijke gegevens die met Mengkaart worden meegeleverd), het gebiedenbestand met --areas BESTAND, een project met --project BESTAND, of gebruik --demo voor de ingebouwde demogemeente.</translation>
    </message>
    <message>
        <source>Exports a table of the analysis: the areas, the schools, the afspiegeling per school or the gemeente&apos;s segregation indices, as CSV (UTF-8), Excel CSV (Dutch: semicolons, decimal comma), .xlsx, GeoPackage or GeoJSON. Figures resting on fewer children than the privacy threshold are withheld.</source>
        <translation>Exporteert een tabel van de analyse: de gebieden, de scholen, de afspiegeling per school of de segregatie-indices van de gemeente, als CSV (UTF-8), Excel-CSV (Nederlands: puntkomma&apos;s, decimale komma), .xlsx, GeoPackage of GeoJSON. Cijfers die op minder kinderen berusten dan de privacydrempel, worden afgeschermd.</translation>
    </message>
    <message>
        <source>the table: areas, schools, afspiegeling or indices</source>
        <translation>de tabel: areas (gebieden), schools (scholen), afspiegeling of indices</translation>
    </message>
    <message>
        <source>the file format: csv, csv-nl (Excel, Dutch), xlsx, gpkg or geojson</source>
        <translation>de bestandsindeling: csv, csv-nl (Excel, Nederlands), xlsx, gpkg of geojson</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>het te schrijven bestand</translation>
    </message>
    <message>
        <source>--what needs one of %1, not &quot;%2&quot;.</source>
        <translation>--what vraagt een van %1, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--format needs one of %1, not &quot;%2&quot;.</source>
        <translation>--format vraagt een van %1, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The indices are one table for the whole gemeente, without a map: use --format csv, csv-nl or xlsx.</source>
        <translation>De indices vormen één tabel voor de hele gemeente, zonder kaart: gebruik --format csv, csv-nl of xlsx.</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE.</source>
        <translation>Geef het te schrijven bestand op met --out BESTAND.</translation>
    </message>
    <message>
        <source>%1 rows of %2 written to %3.</source>
        <translation>%1 rijen van %2 geschreven naar %3.</translation>
    </message>
    <message>
        <source>Fits the model that predicts each primary school&apos;s schoolweging from the home postcodes of its pupils, on every school of the country, and reports its cross-validation. Without file options it uses the national data that ship with Mengkaart, and reproduces the shipped model.</source>
        <translation>Schat het model dat de schoolweging van elke basisschool voorspelt uit de woonpostcodes van haar leerlingen, op alle scholen van het land, en rapporteert de kruisvalidatie. Zonder bestandsopties gebruikt het de landelijke gegevens die met Mengkaart worden meegeleverd, en levert het opnieuw het meegeleverde model op.</translation>
    </message>
    <message>
        <source>DUO pupils per vestiging by home postcode, the whole country</source>
        <translation>DUO-leerlingen per vestiging naar woonpostcode, heel Nederland</translation>
    </message>
    <message>
        <source>Inspectie schoolweging per year</source>
        <translation>schoolweging van de Inspectie per jaar</translation>
    </message>
    <message>
        <source>CBS figures per PC4, 2023</source>
        <translation>CBS-cijfers per PC4, 2023</translation>
    </message>
    <message>
        <source>CBS figures per PC4, 2024</source>
        <translation>CBS-cijfers per PC4, 2024</translation>
    </message>
    <message>
        <source>CBS SES-WOA scores per PC4</source>
        <translation>SES-WOA-scores van het CBS per PC4</translation>
    </message>
    <message>
        <source>cross-validation folds (default 10)</source>
        <translation>aantal delen (folds) voor de kruisvalidatie (standaard 10)</translation>
    </message>
    <message>
        <source>write the fitted model (JSON) to this file</source>
        <translation>het geschatte model (JSON) naar dit bestand schrijven</translation>
    </message>
    <message>
        <source>print the fitted model as JSON</source>
        <translation>het geschatte model als JSON afdrukken</translation>
    </message>
    <message>
        <source>--folds needs a whole number of 2 or more, got &quot;%1&quot;.</source>
        <translation>--folds vraagt een geheel getal van 2 of meer, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Schoolweging model: %1 instellingen, %2 characteristics, ridge penalty %3</source>
        <translation>Schoolwegingsmodel: %1 instellingen, %2 kenmerken, ridgestraf %3</translation>
    </message>
    <message>
        <source>%1-fold cross-validation: R2 %2, residual SD %3 points (schoolweging SD %4), %5 % of held-out schools inside their %6 % prediction interval</source>
        <translation>%1-voudige kruisvalidatie: R2 %2, restspreiding (SD) %3 punten (SD schoolweging %4), %5 % van de buiten de schatting gehouden scholen binnen hun voorspellingsinterval van %6 %</translation>
    </message>
    <message>
        <source>Spread of schools around their prediction (tau): %1 points</source>
        <translation>Spreiding van scholen rond hun voorspelling (tau): %1 punten</translation>
    </message>
    <message>
        <source>fit the schoolweging model on the national files (reproduces the shipped one)</source>
        <translation>het schoolwegingsmodel schatten op de landelijke bestanden (reproduceert het meegeleverde model)</translation>
    </message>
    <message>
        <source>a table of the analysis as CSV, Excel CSV, .xlsx, GeoPackage or GeoJSON (privacy-safe)</source>
        <translation>een tabel van de analyse als CSV, Excel-CSV, .xlsx, GeoPackage of GeoJSON (privacyveilig)</translation>
    </message>
    <message>
        <source>secondary schools of a gemeente or region: levels, first-year breadth, segregation by level, change over years</source>
        <translation>voortgezet onderwijs van een gemeente of regio: niveaus, breedte van de brugklas, segregatie per niveau, verandering over de jaren</translation>
    </message>
    <message>
        <source>setup (choice sets, rules)</source>
        <translation>opzet (keuzeverzamelingen, regels)</translation>
    </message>
    <message>
        <source>preference draws and rankings</source>
        <translation>trekkingen van voorkeuren en rangschikkingen</translation>
    </message>
    <message>
        <source>admission rules applied</source>
        <translation>toegepaste toelatingsregels</translation>
    </message>
    <message>
        <source>matching</source>
        <translation>toewijzing</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>controle</translation>
    </message>
    <message>
        <source>tallies and indices</source>
        <translation>tellingen en indices</translation>
    </message>
    <message>
        <source>%1 %2 s (%3 %)</source>
        <translation>%1 %2 s (%3 %)</translation>
    </message>
    <message>
        <source>where the time goes (thread seconds): %1</source>
        <translation>waar de tijd naartoe gaat (threadseconden): %1</translation>
    </message>
    <message>
        <source>The data have no school with a location to put a new school near.</source>
        <translation>De gegevens bevatten geen school met een locatie waar een nieuwe school bij kan worden geplaatst.</translation>
    </message>
    <message>
        <source>with data options: only the live preview, a new school dragged over the gemeente (the baseline calibrated once, then %1 runs per site)</source>
        <translation>met gegevensopties: alleen het directe voorbeeld, een nieuwe school die over de gemeente wordt gesleept (de uitgangssituatie eenmalig gekalibreerd, daarna %1 rondes per locatie)</translation>
    </message>
    <message>
        <source>preview sites to time (default 9)</source>
        <translation>aantal te timen voorbeeldlocaties (standaard 9)</translation>
    </message>
    <message>
        <source>--repeat needs at least 1.</source>
        <translation>--repeat moet ten minste 1 zijn.</translation>
    </message>
    <message>
        <source>Secondary schools (vo) of a gemeente or region: the levels each vestiging offers, its first-year programmes, segregation by level and the share of first-year pupils in heterogeneous classes; with two pupil files the change between the years.</source>
        <translation>Voortgezet onderwijs (vo) van een gemeente of regio: de niveaus die elke vestiging aanbiedt, haar brugklasopleidingen, segregatie per niveau en het aandeel brugklasleerlingen in heterogene klassen; met twee leerlingenbestanden de verandering tussen de jaren.</translation>
    </message>
    <message>
        <source>DUO &quot;01. Leerlingen vo per vestiging naar onderwijstype&quot; (repeatable: one file per school year)</source>
        <translation>DUO &quot;01. Leerlingen vo per vestiging naar onderwijstype&quot; (herhaalbaar: één bestand per schooljaar)</translation>
    </message>
    <message>
        <source>DUO &quot;02. Adressen alle vestigingen vo&quot;</source>
        <translation>DUO &quot;02. Adressen alle vestigingen vo&quot;</translation>
    </message>
    <message>
        <source>gemeente name or code (repeatable: a vo region of several gemeenten)</source>
        <translation>naam of code van de gemeente (herhaalbaar: een vo-regio van meerdere gemeenten)</translation>
    </message>
    <message>
        <source>school file with points (e.g. scholen_nl_2024.gpkg) to place the vestigingen</source>
        <translation>scholenbestand met punten (bijv. scholen_nl_2024.gpkg) om de vestigingen te plaatsen</translation>
    </message>
    <message>
        <source>PC4 centroids, to place vestigingen the school file lacks</source>
        <translation>PC4-middelpunten, om vestigingen te plaatsen die in het scholenbestand ontbreken</translation>
    </message>
    <message>
        <source>bootstrap replicates of the intervals (default 500)</source>
        <translation>bootstrapherhalingen voor de intervallen (standaard 500)</translation>
    </message>
    <message>
        <source>random seed of the bootstrap (default 1)</source>
        <translation>startgetal van de bootstrap (standaard 1)</translation>
    </message>
    <message>
        <source>print one JSON object instead of text</source>
        <translation>één JSON-object afdrukken in plaats van tekst</translation>
    </message>
    <message>
        <source>--vo-pupils, --vo-addresses and --gemeente are required.</source>
        <translation>--vo-pupils, --vo-addresses en --gemeente zijn verplicht.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number (--bootstrap: 2 to 100000), not &quot;%2&quot;.</source>
        <translation>--%1 vraagt een geheel getal (--bootstrap: 2 tot 100000), niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Columns: gemeente_code, gemeente_name, status (ok, withheld, no_schools, error), reason, schools, pupils, children, composition_source, then per index INDEX (e.g. mutual_information, dissimilarity_low_income): INDEX; with --indices INDEX_ci_low, INDEX_ci_high, INDEX_expected_random, INDEX_p; with --catchments INDEX_residential, INDEX_choice, INDEX_choice_ci_low, INDEX_choice_ci_high. Withheld figures are &quot;&lt;N&quot; in CSV, empty in a GeoPackage and null in JSON.</source>
        <translation>Kolommen: gemeente_code, gemeente_name, status (ok, withheld, no_schools, error), reason, schools, pupils, children, composition_source, daarna per index INDEX (bijv. mutual_information, dissimilarity_low_income): INDEX; met --indices INDEX_ci_low, INDEX_ci_high, INDEX_expected_random, INDEX_p; met --catchments INDEX_residential, INDEX_choice, INDEX_choice_ci_low, INDEX_choice_ci_high. Achtergehouden cijfers zijn &quot;&lt;N&quot; in CSV, leeg in een GeoPackage en null in JSON.</translation>
    </message>
    <message>
        <source>--gemeenten needs &quot;all&quot; or gemeente names or codes separated by commas.</source>
        <translation>--gemeenten vraagt &quot;all&quot; of namen of codes van gemeenten, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <source>Times the batch over the national data that ship with Mengkaart: read once, split by gemeente, every index with its interval per gemeente (one run, no warm-up).</source>
        <translation>Meet de batch over de landelijke gegevens die met Mengkaart meekomen: één keer lezen, per gemeente splitsen, elke index met zijn interval per gemeente (één run, zonder opwarmen).</translation>
    </message>
    <message>
        <source>all (default), or gemeente names or codes separated by commas</source>
        <translation>all (standaard), of namen of codes van gemeenten, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>replicates of the intervals (default 200; 0: values only)</source>
        <translation>herhalingen voor de intervallen (standaard 200; 0: alleen waarden)</translation>
    </message>
    <message>
        <source>the residential/choice split over nearest-school areas</source>
        <translation>de splitsing wonen/keuze over de voedingsgebieden van de dichtstbijzijnde school</translation>
    </message>
    <message>
        <source>One row per gemeente: every segregation index of the school composition with its interval and value at random (as the indices command computes them), and with --catchments the residential/choice split. Reads the national data that ship with Mengkaart once (or the files of the data options) and computes the gemeenten in parallel; progress on stderr. A gemeente that fails gets status error and its reason, and the batch goes on (exit status 1 at the end). Figures resting on fewer pupils or children than the privacy threshold are withheld.</source>
        <translation>Eén rij per gemeente: elke segregatie-index van de schoolsamenstelling met zijn interval en de waarde bij toeval (zoals het commando indices ze berekent), en met --catchments de splitsing wonen/keuze. Leest de landelijke gegevens die met Mengkaart meekomen één keer (of de bestanden van de gegevensopties) en berekent de gemeenten parallel; voortgang op stderr. Een gemeente die mislukt krijgt status error met de reden, en de batch gaat door (afsluitstatus 1 aan het eind). Cijfers die op minder leerlingen of kinderen rusten dan de privacydrempel worden achtergehouden.</translation>
    </message>
    <message>
        <source>every global index with its bootstrap interval and value at random</source>
        <translation>elke globale index met zijn bootstrapinterval en de waarde bij toeval</translation>
    </message>
    <message>
        <source>national (default: the national data that ship with Mengkaart), or files: the files of the data options (--areas FILE ...)</source>
        <translation>national (standaard: de landelijke gegevens die met Mengkaart meekomen), of files: de bestanden van de gegevensopties (--areas BESTAND ...)</translation>
    </message>
    <message>
        <source>the file to write: .csv (UTF-8), .gpkg (with the gemeente outlines) or .json</source>
        <translation>het bestand om te schrijven: .csv (UTF-8), .gpkg (met de gemeentegrenzen) of .json</translation>
    </message>
    <message>
        <source>seed of the simulations (default 1)</source>
        <translation>startwaarde van de simulaties (standaard 1)</translation>
    </message>
    <message>
        <source>confidence level of the intervals (default 0.95)</source>
        <translation>betrouwbaarheidsniveau van de intervallen (standaard 0,95)</translation>
    </message>
    <message>
        <source>gemeenten computed at once (default: all cores; figures do not change)</source>
        <translation>gemeenten die tegelijk worden berekend (standaard: alle kernen; de cijfers veranderen niet)</translation>
    </message>
    <message>
        <source>Say what to compute: --indices, --catchments or both.</source>
        <translation>Geef aan wat er berekend moet worden: --indices, --catchments of beide.</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE.csv, FILE.gpkg or FILE.json.</source>
        <translation>Geef het bestand om te schrijven met --out BESTAND.csv, BESTAND.gpkg of BESTAND.json.</translation>
    </message>
    <message>
        <source>--data needs national or files, not &quot;%1&quot;.</source>
        <translation>--data vraagt national of files, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A batch reads data files, not a project, and chooses gemeenten with --gemeenten NAME,... (not --gemeente).</source>
        <translation>Een batch leest gegevensbestanden, geen project, en kiest gemeenten met --gemeenten NAAM,... (niet --gemeente).</translation>
    </message>
    <message>
        <source>--data national reads the national data that ship with Mengkaart; --data files needs the files (--areas FILE ...).</source>
        <translation>--data national leest de landelijke gegevens die met Mengkaart meekomen; --data files vraagt de bestanden (--areas BESTAND ...).</translation>
    </message>
    <message>
        <source>Reading the data of every gemeente once…</source>
        <translation>De gegevens van alle gemeenten één keer lezen…</translation>
    </message>
    <message>
        <source>%1 gemeenten written to %2 in %3 s: %4 withheld for privacy, %5 failed.</source>
        <translation>%1 gemeenten naar %2 geschreven in %3 s: %4 achtergehouden vanwege privacy, %5 mislukt.</translation>
    </message>
    <message>
        <source>Runs every benchmark of the national table, each in a child process, and prints one table: median wall and CPU time, the peak memory of the child (ru_maxrss: start-up, data and work), the target and its source. A figure is judged by the smaller of wall and CPU time (wall on an idle machine, CPU when other work slows the clock). Exit status 1 when one exceeds its target, or memory 1 GB, by more than 2x.</source>
        <translation>Draait elke benchmark van de landelijke tabel, elk in een eigen kindproces, en drukt één tabel af: mediane wandklok- en CPU-tijd, het piekgeheugen van het kindproces (ru_maxrss: opstarten, gegevens en werk), het doel en zijn bron. Een cijfer wordt beoordeeld op de kleinste van wandklok- en CPU-tijd (wandklok op een rustige machine, CPU als ander werk de klok vertraagt). Afsluitstatus 1 als een cijfer zijn doel, of het geheugen 1 GB, met meer dan 2x overschrijdt.</translation>
    </message>
    <message>
        <source>bench %1 ...</source>
        <translation>bench %1 ...</translation>
    </message>
    <message>
        <source>the batch over every gemeente of the national data: read once, every index with its interval</source>
        <translation>de batch over elke gemeente van de landelijke gegevens: één keer lezen, elke index met zijn interval</translation>
    </message>
    <message>
        <source>the national table: every benchmark above in a child process, against the targets; exit 1 past 2x a target</source>
        <translation>de landelijke tabel: elke benchmark hierboven in een kindproces, tegen de doelen; afsluitstatus 1 boven 2x een doel</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>Kan &quot;%1&quot; niet schrijven.</translation>
    </message>
    <message>
        <source>one row per gemeente over the country: every index with its interval, the residential/choice split (CSV, GeoPackage, JSON)</source>
        <translation>één rij per gemeente over het hele land: elke index met zijn interval, de splitsing wonen/keuze (CSV, GeoPackage, JSON)</translation>
    </message>
    <message>
        <source>%1: %2 children, %3 schools; baseline prepared once (population, calibration with %4 runs) in %5 s; preview of a new school (%6 runs, baseline + scenario) at %7 sites: median %8 s, slowest %9 s wall, median %10 s CPU (every thread)</source>
        <translation>%1: %2 kinderen, %3 scholen; uitgangssituatie eenmalig voorbereid (populatie, kalibratie met %4 rondes) in %5 s; voorbeeld van een nieuwe school (%6 rondes, uitgangssituatie + scenario) op %7 locaties: mediaan %8 s, traagste %9 s kloktijd, mediaan %10 s CPU (alle threads)</translation>
    </message>
    <message>
        <source>--preview needs data: --demo, --gemeente NAME, --project FILE or the data file options.</source>
        <translation>--preview vraagt gegevens: --demo, --gemeente NAAM, --project BESTAND of de opties voor gegevensbestanden.</translation>
    </message>
    <message>
        <source>Times full map redraws (median of --repeat runs), three figures per map: a redraw of a view drawn before (geometry in pixels and labels from the render caches), the first render of a view (caches cleared), and reading the data first, then rendering it (as a QGIS render job reads its layer&apos;s file).</source>
        <translation>Meet de tijd voor het volledig opnieuw tekenen van de kaart (mediaan van --repeat runs), drie cijfers per kaart: opnieuw tekenen van een eerder getekend beeld (geometrie in pixels en labels uit de tekencaches), de eerste keer tekenen van een beeld (caches geleegd), en eerst de gegevens inlezen en dan tekenen (zoals een QGIS-tekentaak het bestand van zijn laag leest).</translation>
    </message>
</context>
<context>
    <name>Mk::ColorRamp</name>
    <message>
        <source>Cividis (yellow to blue)</source>
        <translation>Cividis (geel naar blauw)</translation>
    </message>
    <message>
        <source>Yellow-green-blue</source>
        <translation>Geel-groen-blauw</translation>
    </message>
    <message>
        <source>Purple-orange (diverging)</source>
        <translation>Paars-oranje (divergerend)</translation>
    </message>
    <message>
        <source>Viridis (yellow to purple)</source>
        <translation>Viridis (geel naar paars)</translation>
    </message>
</context>
<context>
    <name>Mk::ColumnMapping</name>
    <message>
        <source>%1 is not a Mengkaart column mapping (the &quot;format&quot; entry must be &quot;%2&quot;).</source>
        <translation>%1 is geen kolomkoppeling van Mengkaart (het onderdeel &quot;format&quot; moet &quot;%2&quot; zijn).</translation>
    </message>
    <message>
        <source>%1 was written by a newer Mengkaart (mapping version %2). Update Mengkaart.</source>
        <translation>%1 is gemaakt met een nieuwere versie van Mengkaart (koppelingsversie %2). Werk Mengkaart bij.</translation>
    </message>
    <message>
        <source>%1, characteristic %2: needs a &quot;name&quot;; &quot;target&quot; is areas or schools, &quot;kind&quot; count or percentage, &quot;base&quot; none, population, schoolAgeChildren or pupils.</source>
        <translation>%1, kenmerk %2: een &quot;name&quot; is verplicht; &quot;target&quot; is areas of schools, &quot;kind&quot; count of percentage, &quot;base&quot; none, population, schoolAgeChildren of pupils.</translation>
    </message>
    <message>
        <source>%1, characteristic &quot;%2&quot;: percentages need a &quot;base&quot; (population, schoolAgeChildren or pupils) to become counts.</source>
        <translation>%1, kenmerk &quot;%2&quot;: percentages hebben een &quot;base&quot; nodig (population, schoolAgeChildren of pupils) om aantallen te worden.</translation>
    </message>
    <message>
        <source>The column mapping %1 does not exist. Check the path.</source>
        <translation>De kolomkoppeling %1 bestaat niet. Controleer het pad.</translation>
    </message>
    <message>
        <source>The column mapping %1 cannot be opened: %2.</source>
        <translation>De kolomkoppeling %1 kan niet worden geopend: %2.</translation>
    </message>
    <message>
        <source>The column mapping %1 is not valid JSON (at character %2). Fix the file or save the mapping again.</source>
        <translation>De kolomkoppeling %1 is geen geldige JSON (bij teken %2). Herstel het bestand of sla de koppeling opnieuw op.</translation>
    </message>
    <message>
        <source>The column mapping cannot be written to %1: %2.</source>
        <translation>De kolomkoppeling kan niet worden geschreven naar %1: %2.</translation>
    </message>
    <message>
        <source>The column mapping for &quot;%1&quot; uses the column &quot;%2&quot;, which %3 (layer &quot;%4&quot;) does not have. Adjust the mapping to this file&apos;s column names.</source>
        <translation>De kolomkoppeling voor &quot;%1&quot; gebruikt de kolom &quot;%2&quot;, maar %3 (laag &quot;%4&quot;) heeft die niet. Pas de koppeling aan de kolomnamen van dit bestand aan.</translation>
    </message>
    <message>
        <source>(population or school-age column not set)</source>
        <translation>(kolom voor bevolking of kinderen in de schoolleeftijd niet ingesteld)</translation>
    </message>
    <message>
        <source>%1, characteristic &quot;%2&quot;: at least two groups are needed. Add a second group to the mapping.</source>
        <translation>%1, kenmerk &quot;%2&quot;: er zijn minstens twee groepen nodig. Voeg een tweede groep toe aan de koppeling.</translation>
    </message>
    <message>
        <source>%1, area %2, column &quot;%3&quot;: &quot;%4&quot; is not a number, but the column mapping uses this column for &quot;%5&quot;. Correct the value, or map another column.</source>
        <translation>%1, gebied %2, kolom &quot;%3&quot;: &quot;%4&quot; is geen getal, maar de kolomkoppeling gebruikt deze kolom voor &quot;%5&quot;. Corrigeer de waarde of koppel een andere kolom.</translation>
    </message>
    <message>
        <source>%1, characteristic &quot;%2&quot;</source>
        <translation>%1, kenmerk &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1, group &quot;%2&quot;, &quot;labels&quot;</source>
        <translation>%1, groep &quot;%2&quot;, &quot;labels&quot;</translation>
    </message>
    <message>
        <source>%1, &quot;areas&quot;</source>
        <translation>%1, &quot;areas&quot;</translation>
    </message>
    <message>
        <source>%1, &quot;schoolAge&quot;</source>
        <translation>%1, &quot;schoolAge&quot;</translation>
    </message>
    <message>
        <source>%1, characteristic %2</source>
        <translation>%1, kenmerk %2</translation>
    </message>
    <message>
        <source>%1, a group</source>
        <translation>%1, een groep</translation>
    </message>
    <message>
        <source>%1, area %2</source>
        <translation>%1, gebied %2</translation>
    </message>
    <message>
        <source>%1, characteristic &quot;%2&quot;: every group needs a &quot;name&quot; and at least one column, or &quot;remainder&quot;: true.</source>
        <translation>%1, kenmerk &quot;%2&quot;: elke groep heeft een &quot;name&quot; en ten minste één kolom nodig, of &quot;remainder&quot;: true.</translation>
    </message>
    <message>
        <source>%1, characteristic &quot;%2&quot;, group &quot;%3&quot;: a remainder group has no columns (it is what the other groups leave). Remove its &quot;columns&quot;.</source>
        <translation>%1, kenmerk &quot;%2&quot;, groep &quot;%3&quot;: een restgroep heeft geen kolommen (ze is wat de andere groepen overlaten). Verwijder haar &quot;columns&quot;.</translation>
    </message>
    <message>
        <source>%1, characteristic &quot;%2&quot;: only one group can be the remainder.</source>
        <translation>%1, kenmerk &quot;%2&quot;: slechts één groep kan de restgroep zijn.</translation>
    </message>
    <message numerus="yes">
        <source>%1, characteristic &quot;%2&quot;: the percentages of its groups (columns %3) do not add up to 100 in %n area(s): %4. Nothing is rescaled: the counts follow the percentages as given, so every share in the analysis is a share of the mapped groups only. If a group is missing, add it to the column mapping as the remainder ({&quot;name&quot;: &quot;...&quot;, &quot;remainder&quot;: true}) or map its column.</source>
        <translation>
            <numerusform>%1, kenmerk &quot;%2&quot;: de percentages van de groepen (kolommen %3) tellen in %n gebied niet op tot 100: %4. Er wordt niets herschaald: de aantallen volgen de percentages zoals ze zijn, dus elk aandeel in de analyse is een aandeel van alleen de gekoppelde groepen. Ontbreekt er een groep, voeg die dan aan de kolomkoppeling toe als de rest ({&quot;name&quot;: &quot;...&quot;, &quot;remainder&quot;: true}) of koppel de kolom ervan.</numerusform>
            <numerusform>%1, kenmerk &quot;%2&quot;: de percentages van de groepen (kolommen %3) tellen in %n gebieden niet op tot 100: %4. Er wordt niets herschaald: de aantallen volgen de percentages zoals ze zijn, dus elk aandeel in de analyse is een aandeel van alleen de gekoppelde groepen. Ontbreekt er een groep, voeg die dan aan de kolomkoppeling toe als de rest ({&quot;name&quot;: &quot;...&quot;, &quot;remainder&quot;: true}) of koppel de kolom ervan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, characteristic &quot;%2&quot;: the groups other than the remainder &quot;%3&quot; (columns %4) add up to more than 100 in %n area(s): %5. The remainder is 0 there. Check that these columns are percentages of the same people and do not overlap.</source>
        <translation>
            <numerusform>%1, kenmerk &quot;%2&quot;: de groepen naast de rest &quot;%3&quot; (kolommen %4) tellen in %n gebied op tot meer dan 100: %5. De rest is daar 0. Controleer of deze kolommen percentages van dezelfde mensen zijn en elkaar niet overlappen.</numerusform>
            <numerusform>%1, kenmerk &quot;%2&quot;: de groepen naast de rest &quot;%3&quot; (kolommen %4) tellen in %n gebieden op tot meer dan 100: %5. De rest is daar 0. Controleer of deze kolommen percentages van dezelfde mensen zijn en elkaar niet overlappen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the remainder</source>
        <translation>de rest</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>%1, characteristic &quot;%2&quot;: the group &quot;%3&quot; (%4) has no members in any area and is left out of the analysis. If it should have members here, check that the column mapping names the right column.</source>
        <translation>%1, kenmerk &quot;%2&quot;: de groep &quot;%3&quot; (%4) heeft in geen enkel gebied leden en blijft buiten de analyse. Zou ze hier wel leden moeten hebben, controleer dan of de kolomkoppeling de juiste kolom noemt.</translation>
    </message>
    <message numerus="yes">
        <source>%1, characteristic &quot;%2&quot;: only %n group(s) have members in any area, and segregation needs two. Check that the column mapping names the right columns for this file.</source>
        <translation>
            <numerusform>%1, kenmerk &quot;%2&quot;: maar %n groep heeft in enig gebied leden, en segregatie vraagt er twee. Controleer of de kolomkoppeling de juiste kolommen van dit bestand noemt.</numerusform>
            <numerusform>%1, kenmerk &quot;%2&quot;: maar %n groepen hebben in enig gebied leden, en segregatie vraagt er twee. Controleer of de kolomkoppeling de juiste kolommen van dit bestand noemt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::CompositionLoader</name>
    <message>
        <source>%1: the mapping gives percentages, so the file needs a pupils column (leerlingen) to turn them into counts.</source>
        <translation>%1: de koppeling geeft percentages, dus het bestand heeft een leerlingenkolom (leerlingen) nodig om die in aantallen om te zetten.</translation>
    </message>
    <message>
        <source>%1 has no school-id column (looked for vestigingscode, school_id, id, BRIN). Its columns are: %2. Add a column with the BRIN + vestigingsnummer of each school.</source>
        <translation>%1 heeft geen kolom met de school-id (gezocht naar vestigingscode, school_id, id, BRIN). De kolommen zijn: %2. Voeg een kolom toe met het BRIN + vestigingsnummer van elke school.</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot; for the group &quot;%3&quot;. Its columns are: %4. Adjust the column mapping or rename the column.</source>
        <translation>%1 heeft geen kolom &quot;%2&quot; voor de groep &quot;%3&quot;. De kolommen zijn: %4. Pas de kolomkoppeling aan of hernoem de kolom.</translation>
    </message>
    <message>
        <source>%1 needs at least two group columns next to the school id. Add a column with the pupils of each group.</source>
        <translation>%1 heeft naast de school-id minstens twee groepskolommen nodig. Voeg per groep een kolom met de leerlingen toe.</translation>
    </message>
    <message>
        <source>%1, %2: the school id is empty. Fill it in or remove the row.</source>
        <translation>%1, %2: de school-id is leeg. Vul die in of verwijder de rij.</translation>
    </message>
    <message>
        <source>%1, %2: school %3 occurs twice. Each school needs exactly one row; remove the duplicate.</source>
        <translation>%1, %2: school %3 komt twee keer voor. Elke school moet precies één rij hebben; verwijder de dubbele.</translation>
    </message>
    <message>
        <source>%1 contains no schools (only a header). Choose the file with the school rows.</source>
        <translation>%1 bevat geen scholen (alleen een kopregel). Kies het bestand met de rijen van de scholen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot;: &quot;%3&quot; is not a number of pupils. Use a count or leave it empty.</source>
        <translation>%1, kolom &quot;%2&quot;: &quot;%3&quot; is geen aantal leerlingen. Gebruik een aantal of laat de cel leeg.</translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot;: &quot;%3&quot; is not a number. Use a count, &quot;&lt;5&quot; or leave it empty.</source>
        <translation>%1, kolom &quot;%2&quot;: &quot;%3&quot; is geen getal. Gebruik een aantal, &quot;&lt;5&quot; of laat de cel leeg.</translation>
    </message>
    <message>
        <source>%1: the groups&apos; percentages add up to %2, more than 100. Check that the mapping&apos;s groups do not overlap and that each column is a percentage of the pupils.</source>
        <translation>%1: de percentages van de groepen tellen op tot %2, meer dan 100. Controleer of de groepen in de koppeling elkaar niet overlappen en of elke kolom een percentage van de leerlingen is.</translation>
    </message>
</context>
<context>
    <name>Mk::CoordinateTransform</name>
    <message>
        <source>The coordinate reference system is not recognised. Save the file with a known CRS (for example EPSG:28992 or EPSG:4326).</source>
        <translation>Het coördinatenstelsel wordt niet herkend. Sla het bestand op met een bekend coördinatenstelsel (bijvoorbeeld EPSG:28992 of EPSG:4326).</translation>
    </message>
    <message>
        <source>The target coordinate reference system %1 is not recognised.</source>
        <translation>Het doelcoördinatenstelsel %1 wordt niet herkend.</translation>
    </message>
    <message>
        <source>No coordinate transformation from %1 to %2 is available. Reproject the file to EPSG:28992 in a GIS and load it again.</source>
        <translation>Er is geen coördinatentransformatie van %1 naar %2 beschikbaar. Projecteer het bestand in een GIS naar EPSG:28992 en laad het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Mk::CsvStructure</name>
    <message>
        <source>%1: a quote (&quot;) in the header (line %2) is not closed on that line, so the header runs on to line %3. Remove the stray quote or close it in a text editor.</source>
        <translation>%1: een aanhalingsteken (&quot;) in de kopregel (regel %2) wordt op die regel niet gesloten, dus de kopregel loopt door tot regel %3. Verwijder het losse aanhalingsteken of sluit het in een teksteditor.</translation>
    </message>
    <message>
        <source>%1, line %2: a quote (&quot;) opens a value that is never closed, so every line from there to the end of the file (line %3) would be read as one value. Remove the stray quote or close it in a text editor.</source>
        <translation>%1, regel %2: een aanhalingsteken (&quot;) opent een waarde die nooit wordt gesloten, dus elke regel vanaf daar tot het einde van het bestand (regel %3) zou als één waarde worden gelezen. Verwijder het losse aanhalingsteken of sluit het in een teksteditor.</translation>
    </message>
    <message>
        <source>%1: the header (line %2) names %3 columns, but line %4 has %5 values (%6 line(s) have more values than the header has names). A column name is missing from the header, or a value contains the separator without quotes; the columns would shift. Correct that line or the header in a text editor.</source>
        <translation>%1: de kopregel (regel %2) noemt %3 kolommen, maar regel %4 heeft %5 waarden (%6 regel(s) hebben meer waarden dan de kopregel namen heeft). Er ontbreekt een kolomnaam in de kopregel, of een waarde bevat het scheidingsteken zonder aanhalingstekens; de kolommen zouden verschuiven. Verbeter die regel of de kopregel in een teksteditor.</translation>
    </message>
    <message>
        <source>%1: the header (line %2) names %3 columns, but line %4 has only %5 values (%6 line(s) have fewer). The file may be cut off, the header may name a column too many, or a value contains the separator without quotes. Check that line in a text editor.</source>
        <translation>%1: de kopregel (regel %2) noemt %3 kolommen, maar regel %4 heeft maar %5 waarden (%6 regel(s) hebben er minder). Het bestand is misschien afgebroken, de kopregel noemt misschien een kolom te veel, of een waarde bevat het scheidingsteken zonder aanhalingstekens. Controleer die regel in een teksteditor.</translation>
    </message>
    <message>
        <source>%1, line %2: a quote (&quot;) opens a value that only closes on line %3, so those lines would be read as one row and the rows among them lost. Remove the stray quote or close it on its own line in a text editor.</source>
        <translation>%1, regel %2: een aanhalingsteken (&quot;) opent een waarde die pas op regel %3 sluit, dus die regels zouden als één rij worden gelezen en de rijen daartussen gaan verloren. Verwijder het losse aanhalingsteken of sluit het op dezelfde regel in een teksteditor.</translation>
    </message>
</context>
<context>
    <name>Mk::CsvTable</name>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: &quot;%4&quot; is not a number. Enter a number (0 if there are none).</source>
        <translation>%1, regel %2, kolom &quot;%3&quot;: &quot;%4&quot; is geen getal. Vul een getal in (0 als er geen zijn).</translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: the value is %4. Enter a number.</source>
        <translation>%1, regel %2, kolom &quot;%3&quot;: de waarde is %4. Vul een getal in.</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>afgeschermd</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbrekend</translation>
    </message>
</context>
<context>
    <name>Mk::DataFileCheck</name>
    <message numerus="yes">
        <source>Pupil counts of %n vestiging(en).</source>
        <translation>
            <numerusform>Leerlingaantallen van %n vestiging.</numerusform>
            <numerusform>Leerlingaantallen van %n vestigingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pupil counts of %n vestiging(en), %1 of them in %2.</source>
        <translation>
            <numerusform>Leerlingaantallen van %n vestiging, waarvan %1 in %2.</numerusform>
            <numerusform>Leerlingaantallen van %n vestigingen, waarvan %1 in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No vestiging in this file lies in %1. Is it the file of another gemeente?</source>
        <translation>Geen enkele vestiging in dit bestand ligt in %1. Is het het bestand van een andere gemeente?</translation>
    </message>
    <message>
        <source>No pupils of schools in %1.</source>
        <translation>Geen leerlingen van scholen in %1.</translation>
    </message>
    <message>
        <source>No row of this file is about a school in %1, so it adds nothing. Is it the file of another gemeente?</source>
        <translation>Geen enkele regel van dit bestand gaat over een school in %1, dus het voegt niets toe. Is het het bestand van een andere gemeente?</translation>
    </message>
    <message numerus="yes">
        <source>Pupils of %n school(s), from %1.</source>
        <extracomment>%1 = &quot;25 home postcodes&quot;: the four-digit postcodes the pupils live in</extracomment>
        <translation>
            <numerusform>Leerlingen van %n school, uit %1.</numerusform>
            <numerusform>Leerlingen van %n scholen, uit %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n home postcode(s)</source>
        <translation>
            <numerusform>%n woonpostcode</numerusform>
            <numerusform>%n woonpostcodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) of figures for %1.</source>
        <extracomment>%1 = &quot;4 070 postcodes&quot;</extracomment>
        <translation>
            <numerusform>%n kolom met cijfers voor %1.</numerusform>
            <numerusform>%n kolommen met cijfers voor %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s)</source>
        <translation>
            <numerusform>%n postcode</numerusform>
            <numerusform>%n postcodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The position of %n postcode(s).</source>
        <translation>
            <numerusform>De ligging van %n postcode.</numerusform>
            <numerusform>De ligging van %n postcodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) in layer &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n gebied in de laag &quot;%1&quot;.</numerusform>
            <numerusform>%n gebieden in de laag &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) of %2 in layer &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n gebied van %2 in de laag &quot;%1&quot;.</numerusform>
            <numerusform>%n gebieden van %2 in de laag &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>These are buurten (codes BU…), not wijken. Choose the wijk layer of the Wijk- en Buurtkaart.</source>
        <translation>Dit zijn buurten (codes BU…), geen wijken. Kies de wijklaag van de Wijk- en Buurtkaart.</translation>
    </message>
    <message>
        <source>These are gemeenten (codes GM…), not wijken. Choose the wijk layer of the Wijk- en Buurtkaart.</source>
        <translation>Dit zijn gemeenten (codes GM…), geen wijken. Kies de wijklaag van de Wijk- en Buurtkaart.</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s), %1 of them with VVE.</source>
        <translation>
            <numerusform>%n locatie, waarvan %1 met VVE.</numerusform>
            <numerusform>%n locaties, waarvan %1 met VVE.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s) have no coordinates; they are placed at their postcode when the postcode positions (PC4) are given too.</source>
        <translation>
            <numerusform>%n locatie heeft geen coördinaten; die wordt op haar postcode geplaatst als ook de ligging van de postcodes (PC4) is gekozen.</numerusform>
            <numerusform>%n locaties hebben geen coördinaten; die worden op hun postcode geplaatst als ook de ligging van de postcodes (PC4) is gekozen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pupils of %n school(s) in the groups %1.</source>
        <extracomment>%1 = the group names, e.g. &quot;laag, midden, hoog&quot;</extracomment>
        <translation>
            <numerusform>Leerlingen van %n school in de groepen %1.</numerusform>
            <numerusform>Leerlingen van %n scholen in de groepen %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schoolweging of %n school(s) over %1 school years, %2 to %3.</source>
        <extracomment>%1 = how many school years, %2 = the first, %3 = the last (e.g. 2021-2022)</extracomment>
        <translation>
            <numerusform>Schoolweging van %n school over %1 schooljaren, %2 tot en met %3.</numerusform>
            <numerusform>Schoolweging van %n scholen over %1 schooljaren, %2 tot en met %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schoolweging of %n school(s) for %1.</source>
        <extracomment>%1 = a school year, or the years of a three-year mean</extracomment>
        <translation>
            <numerusform>Schoolweging van %n school voor %1.</numerusform>
            <numerusform>Schoolweging van %n scholen voor %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schoolweging of %n school(s).</source>
        <translation>
            <numerusform>Schoolweging van %n school.</numerusform>
            <numerusform>Schoolweging van %n scholen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::DataFileRow</name>
    <message>
        <source>No file (optional)</source>
        <translation>Geen bestand (optioneel)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <source>Expected here: %1.</source>
        <translation>Hier hoort: %1.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more note(s).</source>
        <translation>
            <numerusform>…en nog %n opmerking.</numerusform>
            <numerusform>…en nog %n opmerkingen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::DataSources</name>
    <message>
        <source>CBS Wijk- en Buurtkaart 2024, CC BY 4.0</source>
        <translation>CBS Wijk- en Buurtkaart 2024, CC BY 4.0</translation>
    </message>
    <message>
        <source>CBS Kerncijfers wijken en buurten 2022 (via R package tmap), CC BY 4.0</source>
        <translation>CBS Kerncijfers wijken en buurten 2022 (via het R-pakket tmap), CC BY 4.0</translation>
    </message>
    <message>
        <source>CBS statistieken per postcode (PC4), CC BY 4.0</source>
        <translation>CBS statistieken per postcode (PC4), CC BY 4.0</translation>
    </message>
    <message>
        <source>PC4 centroids, approximate positions, vintage unknown</source>
        <translation>middelpunten van PC4-gebieden, bij benadering, jaargang onbekend</translation>
    </message>
    <message>
        <source>DUO open onderwijsdata 2024, geocoded with the BAG (CC0)</source>
        <translation>DUO open onderwijsdata 2024, op de kaart gezet met de BAG (CC0)</translation>
    </message>
    <message>
        <source>DUO open onderwijsdata</source>
        <translation>DUO open onderwijsdata</translation>
    </message>
    <message>
        <source>Inspectie van het Onderwijs, schoolweging (computed by CBS)</source>
        <translation>Inspectie van het Onderwijs, schoolweging (berekend door CBS)</translation>
    </message>
    <message>
        <source>DUO open onderwijsdata 2024, geocoded with the BAG (CC0) by edugis-repo/data-nl-scholen</source>
        <translation>DUO open onderwijsdata 2024, gegeocodeerd met de BAG (CC0) door edugis-repo/data-nl-scholen</translation>
    </message>
</context>
<context>
    <name>Mk::DatasetLoader</name>
    <message>
        <source>No school in the school file has the gemeente &quot;%1&quot;; the schools inside the gemeente boundary were taken instead.</source>
        <translation>Geen enkele school in het schoolbestand heeft de gemeente &quot;%1&quot;; in plaats daarvan zijn de scholen binnen de gemeentegrens genomen.</translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) lie outside the gemeente boundary: %1. Check their coordinates or postcode; they are kept but marked as outside.</source>
        <translation>
            <numerusform>%n school ligt buiten de gemeentegrens: %1. Controleer de coördinaten of de postcode; de school blijft behouden maar is gemarkeerd als buiten de gemeente.</numerusform>
            <numerusform>%n scholen liggen buiten de gemeentegrens: %1. Controleer hun coördinaten of postcode; ze blijven behouden maar zijn gemarkeerd als buiten de gemeente.</numerusform>
        </translation>
    </message>
    <message>
        <source>No area file was given. Choose the CBS Wijk- en Buurtkaart (buurten or wijken) of the gemeente.</source>
        <translation>Er is geen gebiedsbestand opgegeven. Kies de CBS Wijk- en Buurtkaart (buurten of wijken) van de gemeente.</translation>
    </message>
    <message>
        <source>Loading was canceled.</source>
        <translation>Het laden is geannuleerd.</translation>
    </message>
    <message>
        <source>Reading areas</source>
        <translation>Gebieden lezen</translation>
    </message>
    <message>
        <source>Building the gemeente boundary</source>
        <translation>Gemeentegrens opbouwen</translation>
    </message>
    <message>
        <source>Reading wijken</source>
        <translation>Wijken lezen</translation>
    </message>
    <message>
        <source>Reading postcode statistics</source>
        <translation>Postcodestatistieken lezen</translation>
    </message>
    <message>
        <source>Reading schools</source>
        <translation>Scholen lezen</translation>
    </message>
    <message>
        <source>Reading schoolweging</source>
        <translation>Schoolweging lezen</translation>
    </message>
    <message>
        <source>Reading pupils by postcode</source>
        <translation>Leerlingen naar postcode lezen</translation>
    </message>
    <message>
        <source>Reading VVE locations</source>
        <translation>VVE-locaties lezen</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>Reading pupils per vestiging</source>
        <translation>Leerlingen per vestiging lezen</translation>
    </message>
    <message>
        <source>%1 was not used: pupil counts belong to schools, and no school file was loaded. Add the DUO school file.</source>
        <translation>%1 is niet gebruikt: leerlingaantallen horen bij scholen, en er is geen scholenbestand geladen. Voeg het scholenbestand van DUO toe.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n school id(s) are not among the loaded schools: %2. Check that they are BRIN + vestigingsnummer, as in the school file.</source>
        <translation>
            <numerusform>%1: %n school-id hoort niet bij de geladen scholen: %2. Controleer of het BRIN + vestigingsnummer is, zoals in het scholenbestand.</numerusform>
            <numerusform>%1: %n school-id&apos;s horen niet bij de geladen scholen: %2. Controleer of het BRIN + vestigingsnummers zijn, zoals in het scholenbestand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) could not be placed on the map (no coordinates, and their postcode is not in the centroid table): %1. Add their coordinates, or the postcode positions (PC4) under Additional data in File → New analysis… (on the command line --postcode-centroids).</source>
        <translation>
            <numerusform>%n school kon niet op de kaart worden geplaatst (geen coördinaten, en de postcode staat niet in de tabel met middelpunten): %1. Voeg de coördinaten toe, of de ligging van postcodes (PC4) onder Aanvullende gegevens in Bestand → Nieuwe analyse… (op de opdrachtregel --postcode-centroids).</numerusform>
            <numerusform>%n scholen konden niet op de kaart worden geplaatst (geen coördinaten, en hun postcode staat niet in de tabel met middelpunten): %1. Voeg hun coördinaten toe, of de ligging van postcodes (PC4) onder Aanvullende gegevens in Bestand → Nieuwe analyse… (op de opdrachtregel --postcode-centroids).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VVE location(s) could not be placed: %1. Add their coordinates, or the postcode positions (PC4) under Additional data in File → New analysis… (on the command line --postcode-centroids).</source>
        <translation>
            <numerusform>%n VVE-locatie kon niet worden geplaatst: %1. Voeg de coördinaten toe, of de ligging van postcodes (PC4) onder Aanvullende gegevens in Bestand → Nieuwe analyse… (op de opdrachtregel --postcode-centroids).</numerusform>
            <numerusform>%n VVE-locaties konden niet worden geplaatst: %1. Voeg hun coördinaten toe, of de ligging van postcodes (PC4) onder Aanvullende gegevens in Bestand → Nieuwe analyse… (op de opdrachtregel --postcode-centroids).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::DiagnosticsDock</name>
    <message>
        <source>Notes</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Alle meldingen</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Waarschuwingen en fouten</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Alleen fouten</translation>
    </message>
    <message>
        <source>Filter notes (file, message, code)…</source>
        <translation>Meldingen filteren (bestand, bericht, code)…</translation>
    </message>
    <message>
        <source>&amp;Copy selected notes</source>
        <translation>Geselecteerde meldingen &amp;kopiëren</translation>
    </message>
    <message>
        <source>Select notes and press %1 to copy them as text, or right-click to export them.</source>
        <translation>Selecteer meldingen en druk op %1 om ze als tekst te kopiëren, of klik met de rechtermuisknop om ze te exporteren.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n melding</numerusform>
            <numerusform>%n meldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n note(s) shown</source>
        <translation>
            <numerusform>%1 van %n melding getoond</numerusform>
            <numerusform>%1 van %n meldingen getoond</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::DiagnosticsTableModel</name>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Row or feature</source>
        <translation>Rij of object</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
</context>
<context>
    <name>Mk::DuoCountColumns</name>
    <message>
        <source>%1, %2, column &quot;%3&quot;: &quot;%4&quot; is not a pupil count. Use a whole number, &quot;&lt;5&quot; for a suppressed count, or leave the cell empty.</source>
        <translation>%1, %2, kolom &quot;%3&quot;: &quot;%4&quot; is geen leerlingaantal. Gebruik een geheel getal, &quot;&lt;5&quot; voor een afgeschermd aantal, of laat de cel leeg.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>sum of %n column(s)</source>
        <translation>
            <numerusform>som van %n kolom</numerusform>
            <numerusform>som van %n kolommen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::DuoPupilColumns</name>
    <message>
        <source>%1 lacks the column(s) %2. Its columns are: %3. Use DUO&apos;s &quot;%4&quot; file or rename the columns.</source>
        <translation>%1 mist de kolom(men) %2. De kolommen zijn: %3. Gebruik het DUO-bestand &quot;%4&quot; of hernoem de kolommen.</translation>
    </message>
</context>
<context>
    <name>Mk::DuoSchoolKey</name>
    <message>
        <source>%1, %2: the school code (%3) is empty. Fill in the BRIN and vestigingsnummer, or remove the row.</source>
        <translation>%1, %2: de schoolcode (%3) is leeg. Vul het BRIN en het vestigingsnummer in, of verwijder de rij.</translation>
    </message>
</context>
<context>
    <name>Mk::EntropyDecomposition</name>
    <message>
        <source>%1 area labels were given for %2 units.</source>
        <translation>Er zijn %1 gebiedslabels opgegeven voor %2 eenheden.</translation>
    </message>
    <message>
        <source>Unit &quot;%1&quot; has no area label; fill in the grouping column for every unit.</source>
        <translation>Eenheid &quot;%1&quot; heeft geen gebiedslabel; vul de indelingskolom voor elke eenheid in.</translation>
    </message>
</context>
<context>
    <name>Mk::ExportActions</name>
    <message>
        <source>Export as CSV (UTF-8)…</source>
        <translation>Exporteren als CSV (UTF-8)…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export as Excel CSV (Nederlands)…</source>
        <translation>Exporteren als Excel-CSV (Nederlands)…</translation>
    </message>
    <message>
        <source>Excel CSV, Dutch (*.csv)</source>
        <translation>Excel-CSV, Nederlands (*.csv)</translation>
    </message>
    <message>
        <source>Export as Excel workbook (.xlsx)…</source>
        <translation>Exporteren als Excel-werkmap (.xlsx)…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>Shapefile (*.shp)</source>
        <translation>Shapefile (*.shp)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabel exporteren</translation>
    </message>
    <message>
        <source>Save chart as PNG or SVG…</source>
        <translation>Grafiek opslaan als PNG of SVG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <source>Areas as a GIS layer…</source>
        <translation>Gebieden als GIS-laag…</translation>
    </message>
    <message>
        <source>Schools as a GIS layer…</source>
        <translation>Scholen als GIS-laag…</translation>
    </message>
    <message>
        <source>Areas table (Excel)…</source>
        <translation>Tabel van gebieden (Excel)…</translation>
    </message>
    <message>
        <source>Schools table (Excel)…</source>
        <translation>Tabel van scholen (Excel)…</translation>
    </message>
    <message>
        <source>Map as image (PNG, PDF, SVG)…</source>
        <translation>Kaart als afbeelding (PNG, PDF, SVG)…</translation>
    </message>
    <message>
        <source>Open a gemeente first.</source>
        <translation>Open eerst een gemeente.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;. Check that the folder exists and that you may write there.</source>
        <translation>Kan &quot;%1&quot; niet schrijven. Controleer of de map bestaat en of u daar mag schrijven.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Export layer</source>
        <translation>Laag exporteren</translation>
    </message>
    <message>
        <source>Map as image</source>
        <translation>Kaart als afbeelding</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breedte</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hoogte</translation>
    </message>
    <message>
        <source>Resolution (dpi)</source>
        <translation>Resolutie (dpi)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;PDF-document (*.pdf);;SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
</context>
<context>
    <name>Mk::ExportTable</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2. Check that the folder exists and that you may write there.</source>
        <translation>Kan &quot;%1&quot; niet schrijven: %2. Controleer of de map bestaat en of u daar mag schrijven.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no geometry: export it as CSV or Excel instead.</source>
        <translation>De tabel &quot;%1&quot; heeft geen geometrie: exporteer haar in plaats daarvan als CSV of Excel.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
</context>
<context>
    <name>Mk::ExportTables</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
</context>
<context>
    <name>Mk::FieldLabels</name>
    <message>
        <source>Inhabitants</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mannen</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Vrouwen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Inhabitants per km²</source>
        <translation>Inwoners per km²</translation>
    </message>
    <message>
        <source>Addresses per km² around (omgevingsadressendichtheid)</source>
        <translation>Omgevingsadressendichtheid (adressen per km² in de omgeving)</translation>
    </message>
    <message>
        <source>Urbanity (1 very strongly to 5 not urban)</source>
        <translation>Stedelijkheid (1 zeer sterk tot 5 niet stedelijk)</translation>
    </message>
    <message>
        <source>CBS coverage code (1 to 6)</source>
        <translation>CBS-indelingscode dekking (1 tot 6)</translation>
    </message>
    <message>
        <source>CBS boundary change code</source>
        <translation>CBS-code grenswijziging</translation>
    </message>
    <message>
        <source>Aged 0 to 15</source>
        <translation>0 tot 15 jaar</translation>
    </message>
    <message>
        <source>Aged 15 to 25</source>
        <translation>15 tot 25 jaar</translation>
    </message>
    <message>
        <source>Aged 25 to 45</source>
        <translation>25 tot 45 jaar</translation>
    </message>
    <message>
        <source>Aged 45 to 65</source>
        <translation>45 tot 65 jaar</translation>
    </message>
    <message>
        <source>Aged 65 and over</source>
        <translation>65 jaar en ouder</translation>
    </message>
    <message>
        <source>Origin: the Netherlands</source>
        <translation>Herkomst: Nederland</translation>
    </message>
    <message>
        <source>Origin: Europe outside the Netherlands</source>
        <translation>Herkomst: Europa buiten Nederland</translation>
    </message>
    <message>
        <source>Origin: outside Europe</source>
        <translation>Herkomst: buiten Europa</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Huishoudens</translation>
    </message>
    <message>
        <source>Average household size</source>
        <translation>Gemiddelde huishoudensgrootte</translation>
    </message>
    <message>
        <source>Single-person households</source>
        <translation>Eenpersoonshuishoudens</translation>
    </message>
    <message>
        <source>Households with children</source>
        <translation>Huishoudens met kinderen</translation>
    </message>
    <message>
        <source>Households without children</source>
        <translation>Huishoudens zonder kinderen</translation>
    </message>
    <message>
        <source>Dwellings</source>
        <translation>Woningen</translation>
    </message>
    <message>
        <source>Average home value (× €1,000)</source>
        <translation>Gemiddelde WOZ-waarde (× € 1.000)</translation>
    </message>
    <message>
        <source>Owner-occupied homes</source>
        <translation>Koopwoningen</translation>
    </message>
    <message>
        <source>Rented homes</source>
        <translation>Huurwoningen</translation>
    </message>
    <message>
        <source>Rented from a housing association</source>
        <translation>Huurwoningen van een woningcorporatie</translation>
    </message>
    <message>
        <source>Education level low (people aged 15 to 75)</source>
        <translation>Opleidingsniveau laag (mensen van 15 tot 75 jaar)</translation>
    </message>
    <message>
        <source>Education level middle (people aged 15 to 75)</source>
        <translation>Opleidingsniveau middelbaar (mensen van 15 tot 75 jaar)</translation>
    </message>
    <message>
        <source>Education level high (people aged 15 to 75)</source>
        <translation>Opleidingsniveau hoog (mensen van 15 tot 75 jaar)</translation>
    </message>
    <message>
        <source>Net labour participation</source>
        <translation>Netto arbeidsparticipatie</translation>
    </message>
    <message>
        <source>Average income per inhabitant (× €1,000)</source>
        <translation>Gemiddeld inkomen per inwoner (× € 1.000)</translation>
    </message>
    <message>
        <source>Average income per earner (× €1,000)</source>
        <translation>Gemiddeld inkomen per inkomensontvanger (× € 1.000)</translation>
    </message>
    <message>
        <source>People with a low income</source>
        <translation>Personen met een laag inkomen</translation>
    </message>
    <message>
        <source>People with a high income</source>
        <translation>Personen met een hoog inkomen</translation>
    </message>
    <message>
        <source>Households with a low income</source>
        <translation>Huishoudens met een laag inkomen</translation>
    </message>
    <message>
        <source>Households with a high income</source>
        <translation>Huishoudens met een hoog inkomen</translation>
    </message>
    <message>
        <source>Households at or below the social minimum</source>
        <translation>Huishoudens rond of onder het sociaal minimum</translation>
    </message>
    <message>
        <source>Young people in youth care</source>
        <translation>Jongeren met jeugdzorg</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Oppervlakte (ha)</translation>
    </message>
    <message>
        <source>Land area (ha)</source>
        <translation>Oppervlakte land (ha)</translation>
    </message>
    <message>
        <source>Water area (ha)</source>
        <translation>Oppervlakte water (ha)</translation>
    </message>
    <message>
        <source>Distance to a primary school (km)</source>
        <translation>Afstand tot een basisschool (km)</translation>
    </message>
</context>
<context>
    <name>Mk::FileInspector</name>
    <message>
        <source>Canceled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Reading layer &quot;%1&quot; of %2 stopped after %3 features because the file is damaged or incomplete. Download or export it again.</source>
        <translation>Het lezen van laag &quot;%1&quot; van %2 is gestopt na %3 objecten, omdat het bestand beschadigd of onvolledig is. Download of exporteer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Mk::FilterDock</name>
    <message>
        <source>Filter schools</source>
        <translation>Scholen filteren</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Primary (po, incl. special education)</source>
        <translation>Primair onderwijs (po, incl. speciaal onderwijs)</translation>
    </message>
    <message>
        <source>Secondary (vo)</source>
        <translation>Voortgezet onderwijs (vo)</translation>
    </message>
    <message>
        <source>Denomination</source>
        <translation>Denominatie</translation>
    </message>
    <message>
        <source>Tick denominations to show only those schools; none ticked shows all.</source>
        <translation>Vink denominaties aan om alleen die scholen te tonen; zonder vinkje worden alle getoond.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Concept or profile, e.g. montessori, dalton, vrije school; none ticked shows all.</source>
        <translation>Concept of profiel, bijv. montessori, dalton, vrijeschool; zonder vinkje worden alle getoond.</translation>
    </message>
    <message>
        <source>Levels (vo)</source>
        <translation>Niveaus (vo)</translation>
    </message>
    <message>
        <source>Secondary schools offering at least one ticked level; none ticked shows all.</source>
        <translation>Scholen voor voortgezet onderwijs met minstens één aangevinkt niveau; zonder vinkje worden alle getoond.</translation>
    </message>
    <message>
        <source>Show all schools</source>
        <translation>Alle scholen tonen</translation>
    </message>
    <message>
        <source>%1 of %2 schools shown</source>
        <translation>%1 van %2 scholen getoond</translation>
    </message>
</context>
<context>
    <name>Mk::FlowFitData</name>
    <message>
        <source>%1 pupils (%2) live abroad or at an unknown address (DUO codes 10, 20, 30, 40) and are left out of the choice model fit.</source>
        <translation>%1 leerlingen (%2) wonen in het buitenland of op een onbekend adres (DUO-codes 10, 20, 30, 40) en blijven buiten de schatting van het keuzemodel.</translation>
    </message>
    <message>
        <source>%1 pupils (%2) live in %3 postcode(s) without a location in the loaded PC4 points or areas and are left out of the choice model fit: %4. Load PC4 centroids that cover them (--postcode-centroids) to include them.</source>
        <translation>%1 leerlingen (%2) wonen in %3 postcode(s) zonder locatie in de geladen PC4-punten of -gebieden en blijven buiten de schatting van het keuzemodel: %4. Laad PC4-middelpunten die deze postcodes dekken (--postcode-centroids) om ze mee te nemen.</translation>
    </message>
    <message>
        <source>%1 pupils (%2) attend %3 school(s) that are not in the choice model (not in the school list, not placed, or not a regular primary school): %4.</source>
        <translation>%1 leerlingen (%2) gaan naar %3 school/scholen die niet in het keuzemodel zitten (niet in de scholenlijst, zonder locatie, of geen gewone basisschool): %4.</translation>
    </message>
    <message>
        <source>No group counts per area for &quot;%1&quot; are loaded, so the choice model cannot be fitted per group. Loaded characteristics: %2. Choose one of them, or map the area columns to it.</source>
        <translation>Er zijn geen groepsaantallen per gebied voor &quot;%1&quot; geladen, dus het keuzemodel kan niet per groep worden geschat. Geladen kenmerken: %2. Kies daar een van, of koppel de kolommen van de gebieden eraan.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>%1 pupils live in postcodes without a postcode area in the gemeente; the choice model gives them the gemeente&apos;s mix of &quot;%2&quot;.</source>
        <translation>%1 leerlingen wonen in postcodes zonder postcodegebied in de gemeente; het keuzemodel geeft hun de samenstelling van de gemeente naar &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The flow table has %1 cells; %2 origins x %3 schools need %4.</source>
        <translation>De stromentabel heeft %1 cellen; %2 herkomsten x %3 scholen vragen er %4.</translation>
    </message>
    <message>
        <source>The flow table holds a negative or non-numeric count (%1); counts are pupils.</source>
        <translation>De stromentabel bevat een negatief of niet-numeriek aantal (%1); aantallen zijn leerlingen.</translation>
    </message>
    <message>
        <source>A choice model per group needs at least two groups; &quot;%1&quot; has %2.</source>
        <translation>Een keuzemodel per groep vraagt ten minste twee groepen; &quot;%1&quot; heeft er %2.</translation>
    </message>
    <message>
        <source>The group tables of &quot;%1&quot; do not match %2 origins, %3 schools and %4 groups.</source>
        <translation>De groepstabellen van &quot;%1&quot; passen niet bij %2 herkomsten, %3 scholen en %4 groepen.</translation>
    </message>
    <message>
        <source>Postcode %1 has no children in any group of &quot;%2&quot;, so it has no group shares.</source>
        <translation>Postcode %1 heeft geen kinderen in een van de groepen van &quot;%2&quot;, dus er zijn geen groepsaandelen.</translation>
    </message>
    <message>
        <source>The choice model is fitted on the DUO table of pupils per school by home postcode, which is not loaded. Add it under Additional data in File → New analysis… (on the command line --pupils-by-postcode), or use the literature defaults.</source>
        <translation>Het keuzemodel wordt geschat op de DUO-tabel van leerlingen per school naar woonpostcode, en die is niet geladen. Voeg die toe onder Aanvullende gegevens in Bestand → Nieuwe analyse… (op de opdrachtregel --pupils-by-postcode), of gebruik de standaardwaarden uit de literatuur.</translation>
    </message>
    <message>
        <source>No pupil of the pupils-by-postcode table lives in a located postcode and attends a placed school of the choice model, so there is nothing to fit. Load PC4 centroids (--postcode-centroids) and schools with coordinates.</source>
        <translation>Geen enkele leerling uit de tabel van leerlingen naar woonpostcode woont in een postcode met locatie en gaat naar een geplaatste school van het keuzemodel, dus er valt niets te schatten. Laad PC4-middelpunten (--postcode-centroids) en scholen met coördinaten.</translation>
    </message>
</context>
<context>
    <name>Mk::FlowGroupSplit</name>
    <message>
        <source>The flows have no group shares per postcode, so they cannot be split by group.</source>
        <translation>De leerlingstromen hebben geen groepsaandelen per postcode, dus ze kunnen niet naar groep worden gesplitst.</translation>
    </message>
    <message>
        <source>No school of the flows has an observed composition of &quot;%1&quot;, so the flows carry no information on how the groups choose differently.</source>
        <translation>Geen enkele school in de leerlingstromen heeft een waargenomen samenstelling naar &quot;%1&quot;, dus de stromen zeggen niets over hoe de groepen verschillend kiezen.</translation>
    </message>
    <message>
        <source>The observed school compositions of &quot;%1&quot; have no pupils in a group that the postcodes of their pupils do have, so the flows cannot be split to match them.</source>
        <translation>De waargenomen schoolsamenstellingen naar &quot;%1&quot; hebben geen leerlingen in een groep die de postcodes van hun leerlingen wel hebben, dus de stromen kunnen niet zo worden gesplitst dat ze daarbij passen.</translation>
    </message>
</context>
<context>
    <name>Mk::GemeenteBatch</name>
    <message>
        <source>The data hold no school in this gemeente.</source>
        <translation>De gegevens bevatten geen school in deze gemeente.</translation>
    </message>
    <message>
        <source>No regular primary school of this gemeente has pupils in the data.</source>
        <translation>Geen gewone basisschool van deze gemeente heeft leerlingen in de gegevens.</translation>
    </message>
    <message>
        <source>Fewer than %1 pupils or children: the figures would rest on too few people.</source>
        <translation>Minder dan %1 leerlingen of kinderen: de cijfers zouden op te weinig mensen rusten.</translation>
    </message>
    <message>
        <source>Withheld for fewer than %1 pupils: the two-group indices of %2.</source>
        <translation>Achtergehouden wegens minder dan %1 leerlingen: de indices voor twee groepen van %2.</translation>
    </message>
    <message>
        <source>No gemeente to compute.</source>
        <translation>Geen gemeente om te berekenen.</translation>
    </message>
    <message>
        <source>Nothing to compute: ask for the indices, the catchments or both.</source>
        <translation>Niets te berekenen: vraag om de indices, de voedingsgebieden of beide.</translation>
    </message>
    <message>
        <source>The privacy threshold must be at least 1.</source>
        <translation>De privacydrempel moet minstens 1 zijn.</translation>
    </message>
    <message>
        <source>The replicates must be 0 or more and the confidence between 0 and 1.</source>
        <translation>Het aantal herhalingen moet 0 of meer zijn en het betrouwbaarheidsniveau tussen 0 en 1 liggen.</translation>
    </message>
    <message>
        <source>The batch was canceled.</source>
        <translation>De batch is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>Mk::GemeenteBatchOutput</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2. Check that the folder exists and that you may write there.</source>
        <translation>Kan &quot;%1&quot; niet schrijven: %2. Controleer of de map bestaat en of u daar mag schrijven.</translation>
    </message>
</context>
<context>
    <name>Mk::GemeenteDirectory</name>
    <message>
        <source>%1 has no gemeente code and name columns (code, name). Its columns are: %2.</source>
        <translation>%1 heeft geen kolommen voor gemeentecode en -naam (code, name). De kolommen zijn: %2.</translation>
    </message>
    <message>
        <source>the national data (CBS gemeenten 2022)</source>
        <translation>de landelijke gegevens (CBS-gemeenten 2022)</translation>
    </message>
    <message>
        <source>There is no gemeente with code %1 in %2. Choose one from the list.</source>
        <translation>Er is geen gemeente met code %1 in %2. Kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the name of a gemeente in %2. Nearest: %3. Give the name exactly, or the code.</source>
        <translation>&quot;%1&quot; is niet de naam van een gemeente in %2. Het dichtst erbij: %3. Geef de naam precies, of de code.</translation>
    </message>
</context>
<context>
    <name>Mk::GemeentePartition</name>
    <message>
        <source>%1 holds no areas with a gemeente code, so it cannot be split by gemeente.</source>
        <translation>%1 bevat geen gebieden met een gemeentecode en kan dus niet per gemeente worden gesplitst.</translation>
    </message>
    <message>
        <source>the national data</source>
        <translation>de landelijke gegevens</translation>
    </message>
    <message>
        <source>No area of gemeente %1 in the data.</source>
        <translation>Geen gebied van gemeente %1 in de gegevens.</translation>
    </message>
</context>
<context>
    <name>Mk::GeoPackageLayer</name>
    <message>
        <source>Cannot open or create the GeoPackage &quot;%1&quot;. Check that the folder exists, that you may write there and that the file is a GeoPackage.</source>
        <translation>De GeoPackage &quot;%1&quot; kan niet worden geopend of gemaakt. Controleer of de map bestaat, of u daar mag schrijven en of het bestand een GeoPackage is.</translation>
    </message>
    <message>
        <source>Cannot replace the layer %1 in &quot;%2&quot;.</source>
        <translation>De laag %1 in &quot;%2&quot; kan niet worden vervangen.</translation>
    </message>
    <message>
        <source>Cannot create the layer %1 in &quot;%2&quot;.</source>
        <translation>De laag %1 in &quot;%2&quot; kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Cannot write to &quot;%1&quot;.</source>
        <translation>Kan niet schrijven naar &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write %1 to &quot;%2&quot;.</source>
        <translation>Kan %1 niet schrijven naar &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;. Check that the folder exists and that you may write there.</source>
        <translation>Kan &quot;%1&quot; niet aanmaken. Controleer of de map bestaat en of u daar mag schrijven.</translation>
    </message>
</context>
<context>
    <name>Mk::GoalEvaluator</name>
    <message>
        <source>The index cannot be computed from the school composition.</source>
        <translation>De index is niet te berekenen uit de schoolsamenstelling.</translation>
    </message>
    <message>
        <source>No earlier years are loaded: only the current value can be shown.</source>
        <translation>Er zijn geen eerdere jaren geladen: alleen de huidige waarde kan worden getoond.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; is not in the data (groups: %2).</source>
        <translation>De groep &quot;%1&quot; staat niet in de gegevens (groepen: %2).</translation>
    </message>
    <message>
        <source>No school has enough pupils and data to be compared with its catchment.</source>
        <translation>Geen school heeft genoeg leerlingen en gegevens om met haar voedingsgebied te vergelijken.</translation>
    </message>
    <message>
        <source>The nearest-school comparison has no value for this group.</source>
        <translation>De vergelijking met de dichtstbijzijnde school heeft voor deze groep geen waarde.</translation>
    </message>
    <message>
        <source>No schoolweging with pupil counts is loaded for at least two schools.</source>
        <translation>Er is voor minder dan twee scholen een schoolweging met leerlingaantallen geladen.</translation>
    </message>
</context>
<context>
    <name>Mk::GoalTrendChart</name>
    <message>
        <source>target</source>
        <translation>doel</translation>
    </message>
</context>
<context>
    <name>Mk::GoalsDialog</name>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>LEA goals</source>
        <translation>LEA-doelen</translation>
    </message>
    <message>
        <source>The goals your gemeente agreed in the LEA, each with a measurable target and a deadline. The briefing shows every goal against its current value.</source>
        <translation>De doelen die uw gemeente in de LEA heeft afgesproken, elk met een meetbaar streefcijfer en een termijn. De briefing zet elk doel naast de huidige waarde.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterlijk in</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>For a dissimilarity goal: the group compared with the rest.</source>
        <translation>Bij een doel voor de segregatie-index D: de groep die met de rest wordt vergeleken.</translation>
    </message>
    <message>
        <source>Shares as a percentage; other indicators in their own unit.</source>
        <translation>Aandelen als percentage; andere indicatoren in hun eigen eenheid.</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <source>(first group)</source>
        <extracomment>the goal&apos;s group is empty: the index uses the first group of the characteristic</extracomment>
        <translation>(eerste groep)</translation>
    </message>
    <message>
        <source>at least</source>
        <extracomment>a goal&apos;s comparison: the indicator must reach at least the target</extracomment>
        <translation>minstens</translation>
    </message>
    <message>
        <source>at most</source>
        <extracomment>a goal&apos;s comparison: the indicator must stay at most the target</extracomment>
        <translation>hoogstens</translation>
    </message>
    <message>
        <source>The agreement in the LEA&apos;s own words</source>
        <translation>De afspraak in de woorden van de LEA</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
</context>
<context>
    <name>Mk::HelpWindow</name>
    <message>
        <source>Mengkaart — User guide</source>
        <translation>Mengkaart — Handleiding</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vooruit</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
</context>
<context>
    <name>Mk::HousingDialog</name>
    <message>
        <source>New housing</source>
        <translation>Nieuwe woningbouw</translation>
    </message>
    <message>
        <source>Housing within a circle around the point clicked.</source>
        <translation>Woningbouw binnen een cirkel rond het aangeklikte punt.</translation>
    </message>
    <message numerus="yes">
        <source>Housing in the area drawn (%n corner(s)).</source>
        <translation>
            <numerusform>Woningbouw in het getekende gebied (%n hoekpunt).</numerusform>
            <numerusform>Woningbouw in het getekende gebied (%n hoekpunten).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source> primary pupils</source>
        <translation> basisschoolleerlingen</translation>
    </message>
    <message>
        <source>&amp;Children:</source>
        <translation>&amp;Kinderen:</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>&amp;Radius:</source>
        <translation>&amp;Straal:</translation>
    </message>
    <message>
        <source>The gemeente&apos;s group mix</source>
        <translation>De groepssamenstelling van de gemeente</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The shares must add up to 100 %.</source>
        <translation>De aandelen moeten samen 100 % zijn.</translation>
    </message>
    <message>
        <source>Housing in an existing buurt: the new children live spread over its area.</source>
        <translation>Woningbouw in een bestaande buurt: de nieuwe kinderen wonen verspreid over de buurt.</translation>
    </message>
    <message>
        <source>&amp;Buurt:</source>
        <translation>&amp;Buurt:</translation>
    </message>
    <message>
        <source>optional: the buurt names it</source>
        <translation>optioneel: de buurt levert de naam</translation>
    </message>
</context>
<context>
    <name>Mk::IdentifyPanel</name>
    <message>
        <source>from coordinates</source>
        <translation>uit coördinaten</translation>
    </message>
    <message>
        <source>approximate (PC6 postcode centre)</source>
        <translation>bij benadering (midden van de PC6-postcode)</translation>
    </message>
    <message>
        <source>approximate (PC4 postcode centre)</source>
        <translation>bij benadering (midden van de PC4-postcode)</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>niet geplaatst</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identificeren</translation>
    </message>
    <message>
        <source>Click a buurt or school on the map.</source>
        <translation>Klik op een buurt of school op de kaart.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Eigenschap</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>BRIN + vestiging</source>
        <translation>BRIN + vestiging</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Denomination</source>
        <translation>Denominatie</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <source>Schoolweging</source>
        <translation>Schoolweging</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Buurt %1</source>
        <translation>Buurt %1</translation>
    </message>
    <message>
        <source>Composition: %1</source>
        <translation>Samenstelling: %1</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Aandeel (%)</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (afgeleid)</translation>
    </message>
    <message>
        <source>Levels offered</source>
        <translation>Aangeboden niveaus</translation>
    </message>
    <message>
        <source>Levels with pupils in the upper years</source>
        <translation>Niveaus met leerlingen in de bovenbouw</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>Categoraal</translation>
    </message>
    <message>
        <source>yes: one level only</source>
        <translation>ja: slechts één niveau</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Upper-year pupils, %1</source>
        <translation>Bovenbouwleerlingen, %1</translation>
    </message>
    <message>
        <source>First-year pupils</source>
        <translation>Brugklasleerlingen</translation>
    </message>
    <message>
        <source>In a heterogeneous first-year class</source>
        <translation>In een heterogene brugklas</translation>
    </message>
    <message>
        <source>A programme that leads to at least two of vmbo, havo and vwo</source>
        <translation>Een opleiding die leidt tot ten minste twee van vmbo, havo en vwo</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>niet ingedeeld</translation>
    </message>
    <message>
        <source>heterogeneous</source>
        <translation>heterogeen</translation>
    </message>
    <message>
        <source>one school type</source>
        <translation>één schooltype</translation>
    </message>
    <message>
        <source>First year: %1 %2</source>
        <translation>Brugklas: %1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Ligging</translation>
    </message>
    <message>
        <source>approximate: centre of postcode %1</source>
        <translation>bij benadering: midden van postcode %1</translation>
    </message>
    <message>
        <source>Wijk %1</source>
        <translation>Wijk %1</translation>
    </message>
</context>
<context>
    <name>Mk::ImportWizard</name>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>New analysis</source>
        <translation>Nieuwe analyse</translation>
    </message>
    <message>
        <source>1. Buurten or wijken</source>
        <translation>1. Buurten of wijken</translation>
    </message>
    <message>
        <source>Choose the CBS Wijk- en Buurtkaart (GeoPackage or shapefile) that contains your gemeente.</source>
        <translation>Kies de CBS Wijk- en Buurtkaart (GeoPackage of shapefile) waarin uw gemeente staat.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>With a value</source>
        <translation>Met een waarde</translation>
    </message>
    <message>
        <source>Treated as missing</source>
        <translation>Behandeld als ontbrekend</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Afgeschermd</translation>
    </message>
    <message>
        <source>Choose the area file</source>
        <translation>Kies het gebiedsbestand</translation>
    </message>
    <message>
        <source>Vector files (*.gpkg *.shp *.geojson *.json);;All files (*)</source>
        <translation>Vectorbestanden (*.gpkg *.shp *.geojson *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Cells CBS marks as unknown or secret (-99999999, -99995, …) are treated as missing, never as numbers.</source>
        <translation>Cellen die het CBS als onbekend of geheim markeert (-99999999, -99995, …) worden als ontbrekend behandeld, nooit als getal.</translation>
    </message>
    <message>
        <source>2. Gemeente</source>
        <translation>2. Gemeente</translation>
    </message>
    <message>
        <source>Which gemeente is this analysis about?</source>
        <translation>Over welke gemeente gaat deze analyse?</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>3. Schools</source>
        <translation>3. Scholen</translation>
    </message>
    <message>
        <source>Choose the DUO school file (CSV or GeoPackage). You may skip this and map only the buurten.</source>
        <translation>Kies het schoolbestand van DUO (CSV of GeoPackage). U kunt deze stap overslaan en alleen de buurten in kaart brengen.</translation>
    </message>
    <message>
        <source>Choose the school file</source>
        <translation>Kies het schoolbestand</translation>
    </message>
    <message>
        <source>School files (*.csv *.gpkg *.geojson);;All files (*)</source>
        <translation>Schoolbestanden (*.csv *.gpkg *.geojson);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>DUO writes counts of 1 to 4 pupils as &quot;&lt;5&quot;: these are kept as suppressed, not as numbers.</source>
        <translation>DUO schrijft aantallen van 1 tot 4 leerlingen als &quot;&lt;5&quot;: die blijven afgeschermd en worden niet als getal gelezen.</translation>
    </message>
    <message>
        <source>4. Columns</source>
        <translation>4. Kolommen</translation>
    </message>
    <message>
        <source>Tell Mengkaart which columns hold the population and the groups. The preview shows the values of your gemeente; grey cells will be treated as missing or suppressed.</source>
        <translation>Geef aan welke kolommen de bevolking en de groepen bevatten. Het voorbeeld toont de waarden van uw gemeente; grijze cellen worden behandeld als ontbrekend of afgeschermd.</translation>
    </message>
    <message>
        <source>migration background</source>
        <translation>migratieachtergrond</translation>
    </message>
    <message>
        <source>Inhabitants</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>Share of children (0-15, %)</source>
        <translation>Aandeel kinderen (0-15 jaar, %)</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Dutch origin</source>
        <translation>Nederlandse herkomst</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>outside Europe</source>
        <translation>buiten Europa</translation>
    </message>
    <message>
        <source>Group (% column)</source>
        <translation>Groep (%-kolom)</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <source>Reading the areas…</source>
        <translation>De gebieden lezen…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Choose an area file that can be read first.</source>
        <translation>Kies eerst een gebiedsbestand dat gelezen kan worden.</translation>
    </message>
    <message>
        <source>Choose or type a gemeente (name or code such as GM0308).</source>
        <translation>Kies of typ een gemeente (naam of code, zoals GM0308).</translation>
    </message>
    <message>
        <source>Created with the New analysis wizard for %1</source>
        <translation>Gemaakt met de wizard Nieuwe analyse voor %1</translation>
    </message>
    <message>
        <source>Pupils per vestiging (DUO, optional)</source>
        <translation>Leerlingen per vestiging (DUO, optioneel)</translation>
    </message>
    <message>
        <source>Its pupil counts replace those of the school file.</source>
        <translation>De leerlingaantallen ervan vervangen die van het scholenbestand.</translation>
    </message>
    <message>
        <source>DUO&apos;s file &quot;leerlingen po per vestiging (soort po, cluster, leeftijd)&quot; (CSV)</source>
        <translation>het DUO-bestand &quot;leerlingen po per vestiging (soort po, cluster, leeftijd)&quot; (CSV)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.tsv);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n gemeente(n) in the file. Type a few letters of the name or the code to find one.</source>
        <translation>
            <numerusform>%n gemeente in het bestand. Typ een paar letters van de naam of de code om haar te vinden.</numerusform>
            <numerusform>%n gemeenten in het bestand. Typ een paar letters van de naam of de code om er een te vinden.</numerusform>
        </translation>
    </message>
    <message>
        <source>another group, e.g. other</source>
        <translation>nog een groep, bijv. overig</translation>
    </message>
    <message>
        <source>The column with this group&apos;s percentage, or &quot;the remainder&quot;: 100 % minus the other groups.</source>
        <translation>De kolom met het percentage van deze groep, of &quot;de rest&quot;: 100 % min de andere groepen.</translation>
    </message>
    <message>
        <source>e.g. CBS, or your research department</source>
        <translation>bijv. CBS, of uw afdeling Onderzoek</translation>
    </message>
    <message>
        <source>e.g. CC BY 4.0</source>
        <translation>bijv. CC BY 4.0</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Uitgegeven door</translation>
    </message>
    <message>
        <source>the remainder (100 % minus the other groups)</source>
        <translation>de rest (100 % min de andere groepen)</translation>
    </message>
    <message>
        <source>Only one group can be the remainder: choose a column for &quot;%1&quot;.</source>
        <translation>Maar één groep kan de rest zijn: kies een kolom voor &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Segregation needs at least two groups, one of them with a column. Choose a column for a second group, or none at all to map only the inhabitants.</source>
        <translation>Segregatie vraagt minstens twee groepen, waarvan één met een kolom. Kies een kolom voor een tweede groep, of helemaal geen om alleen de inwoners te koppelen.</translation>
    </message>
    <message>
        <source>Add a group as &quot;the remainder&quot; or map the missing column; or press Next again to go on with the shares as they are.</source>
        <translation>Voeg een groep toe als &quot;de rest&quot; of koppel de ontbrekende kolom; of druk nogmaals op Volgende om met de aandelen zoals ze zijn verder te gaan.</translation>
    </message>
</context>
<context>
    <name>Mk::IndexCatalogue</name>
    <message>
        <source>Dissimilarity index D</source>
        <translation>Segregatie-index D (dissimilariteit)</translation>
    </message>
    <message>
        <source>The share of the group&apos;s pupils that would have to change school for every school to have the group&apos;s share of the whole gemeente. 0: every school has that share; 1: the group and the others never attend the same school.</source>
        <translation>Het deel van de leerlingen van de groep dat van school zou moeten wisselen opdat elke school het aandeel van de groep in de hele gemeente heeft. 0: elke school heeft dat aandeel; 1: de groep en de anderen zitten nooit op dezelfde school.</translation>
    </message>
    <message>
        <source>Gini index G</source>
        <translation>Gini-index G</translation>
    </message>
    <message>
        <source>The difference in the group&apos;s share between two schools, averaged over every pair of pupils and scaled to its largest possible value. 0: all schools have the same share; 1: complete separation.</source>
        <translation>Het verschil in het aandeel van de groep tussen twee scholen, gemiddeld over alle paren van leerlingen en geschaald naar de grootst mogelijke waarde. 0: alle scholen hebben hetzelfde aandeel; 1: volledige scheiding.</translation>
    </message>
    <message>
        <source>Information index H (Theil)</source>
        <translation>Informatie-index H (Theil)</translation>
    </message>
    <message>
        <source>How much less mixed the schools are than the gemeente as a whole, with the mix measured by its entropy. 0: every school is as mixed as the gemeente; 1: no school has pupils of both the group and the others.</source>
        <translation>Hoeveel minder gemengd de scholen zijn dan de gemeente als geheel, met de menging gemeten als entropie. 0: elke school is even gemengd als de gemeente; 1: geen enkele school heeft leerlingen van zowel de groep als de anderen.</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Isolatie</translation>
    </message>
    <message>
        <source>The share of the group among the schoolmates of an average pupil of that group. Compare it with the group&apos;s share of all pupils: the further above it, the more the group is on its own.</source>
        <translation>Het aandeel van de groep onder de schoolgenoten van een gemiddelde leerling uit die groep. Vergelijk het met het aandeel van de groep onder alle leerlingen: hoe verder erboven, hoe meer de groep op zichzelf is.</translation>
    </message>
    <message>
        <source>Exposure (chance of meeting the others)</source>
        <translation>Kans op ontmoeting (met de anderen)</translation>
    </message>
    <message>
        <source>The share of the other groups among the schoolmates of an average pupil of the group: the chance of meeting the others at school. Isolation plus exposure is 1, so here a lower value means more segregation.</source>
        <translation>Het aandeel van de andere groepen onder de schoolgenoten van een gemiddelde leerling uit de groep: de kans om de anderen op school te ontmoeten. Isolatie plus kans op ontmoeting is 1, dus hier betekent een lagere waarde meer segregatie.</translation>
    </message>
    <message>
        <source>Correlation ratio V</source>
        <translation>Correlatieverhouding V</translation>
    </message>
    <message>
        <source>Isolation corrected for the size of the group: how far the group&apos;s share among its own schoolmates lies above its share of all pupils, as a part of the most it could. 0: the group meets the gemeente&apos;s mix; 1: complete separation.</source>
        <translation>Isolatie gecorrigeerd voor de grootte van de groep: hoever het aandeel van de groep onder de eigen schoolgenoten boven het aandeel onder alle leerlingen ligt, als deel van het hoogst mogelijke. 0: de groep ontmoet de samenstelling van de gemeente; 1: volledige scheiding.</translation>
    </message>
    <message>
        <source>Atkinson index (b = 0.1)</source>
        <translation>Atkinson-index (b = 0.1)</translation>
    </message>
    <message>
        <source>How unevenly the group is spread over the schools, weighing most the schools where the group is under-represented. 0: every school has the group&apos;s share of the gemeente; 1: complete separation.</source>
        <translation>Hoe ongelijk de groep over de scholen is verdeeld, waarbij de scholen waar de groep ondervertegenwoordigd is het zwaarst wegen. 0: elke school heeft het aandeel van de groep in de gemeente; 1: volledige scheiding.</translation>
    </message>
    <message>
        <source>Atkinson index (b = 0.5)</source>
        <translation>Atkinson-index (b = 0.5)</translation>
    </message>
    <message>
        <source>How unevenly the group is spread over the schools, weighing schools where the group is under- and over-represented alike. 0: every school has the group&apos;s share of the gemeente; 1: complete separation.</source>
        <translation>Hoe ongelijk de groep over de scholen is verdeeld, waarbij scholen waar de groep onder- en oververtegenwoordigd is even zwaar wegen. 0: elke school heeft het aandeel van de groep in de gemeente; 1: volledige scheiding.</translation>
    </message>
    <message>
        <source>Atkinson index (b = 0.9)</source>
        <translation>Atkinson-index (b = 0.9)</translation>
    </message>
    <message>
        <source>How unevenly the group is spread over the schools, weighing most the schools where the group is over-represented. 0: every school has the group&apos;s share of the gemeente; 1: complete separation.</source>
        <translation>Hoe ongelijk de groep over de scholen is verdeeld, waarbij de scholen waar de groep oververtegenwoordigd is het zwaarst wegen. 0: elke school heeft het aandeel van de groep in de gemeente; 1: volledige scheiding.</translation>
    </message>
    <message>
        <source>The share of all pupils that would have to change school for every school to have the gemeente&apos;s mix of all groups, scaled to its largest possible value. 0: every school has that mix; 1: no two groups attend the same school.</source>
        <translation>Het deel van alle leerlingen dat van school zou moeten wisselen opdat elke school de samenstelling van de gemeente naar alle groepen heeft, geschaald naar de grootst mogelijke waarde. 0: elke school heeft die samenstelling; 1: geen twee groepen zitten op dezelfde school.</translation>
    </message>
    <message>
        <source>The part of the gemeente&apos;s mix of all groups (its entropy) that is lost within the schools: mutual information M divided by that entropy. 0: every school is as mixed as the gemeente; 1: every school has pupils of one group only.</source>
        <translation>Het deel van de menging van alle groepen in de gemeente (de entropie) dat binnen de scholen verloren gaat: wederzijdse informatie M gedeeld door die entropie. 0: elke school is even gemengd als de gemeente; 1: elke school heeft leerlingen van maar één groep.</translation>
    </message>
    <message>
        <source>Mutual information M</source>
        <translation>Wederzijdse informatie M</translation>
    </message>
    <message>
        <source>How much knowing a pupil&apos;s school tells about the pupil&apos;s group, in nats; 0 means nothing. It splits exactly into parts, such as between and within wijken, or new, closed and remaining schools.</source>
        <translation>Hoeveel de school van een leerling zegt over de groep van die leerling, in nats; 0 betekent niets. De index is precies op te splitsen in delen, zoals tussen en binnen wijken, of nieuwe, gesloten en overige scholen.</translation>
    </message>
    <message>
        <source>Normalised exposure</source>
        <translation>Genormaliseerde kans op ontmoeting</translation>
    </message>
    <message>
        <source>How much more a pupil&apos;s schoolmates belong to the pupil&apos;s own group than that group&apos;s share of the gemeente, over all groups and scaled to its largest possible value. 0: every school has the gemeente&apos;s mix; 1: complete separation.</source>
        <translation>Hoeveel meer de schoolgenoten van een leerling tot de eigen groep behoren dan het aandeel van die groep in de gemeente, over alle groepen en geschaald naar de grootst mogelijke waarde. 0: elke school heeft de samenstelling van de gemeente; 1: volledige scheiding.</translation>
    </message>
    <message>
        <source>Ordinal variation index (ordered groups)</source>
        <translation>Ordinale variatie-index (geordende groepen)</translation>
    </message>
    <message>
        <source>For ordered groups, such as the parents&apos; education from low to high: how much less varied the schools are than the gemeente, where a mix of low and high counts for more than one of low and middle. 0: every school is as varied as the gemeente; 1: every school has one tier only.</source>
        <translation>Voor geordende groepen, zoals het opleidingsniveau van de ouders van laag tot hoog: hoeveel minder gevarieerd de scholen zijn dan de gemeente, waarbij een mix van laag en hoog zwaarder telt dan een van laag en midden. 0: elke school is even gevarieerd als de gemeente; 1: elke school heeft maar één niveau.</translation>
    </message>
</context>
<context>
    <name>Mk::IndexChange</name>
    <message>
        <source>Use at least 2 replicates and a confidence level between 0 and 1.</source>
        <translation>Gebruik minstens 2 herhalingen en een betrouwbaarheidsniveau tussen 0 en 1.</translation>
    </message>
    <message>
        <source>The simulation was canceled.</source>
        <translation>De simulatie is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>Mk::IndexChart</name>
    <message>
        <source>Index (0 to 1)</source>
        <translation>Index (0 tot 1)</translation>
    </message>
    <message>
        <source>Value with 95 % interval</source>
        <translation>Waarde met 95%-interval</translation>
    </message>
    <message>
        <source>At random</source>
        <translation>Bij toeval</translation>
    </message>
    <message>
        <source>Nearest school</source>
        <translation>Dichtstbijzijnde school</translation>
    </message>
</context>
<context>
    <name>Mk::IndexInput</name>
    <message numerus="yes">
        <source>Segregation needs at least two groups, but %n group column(s) were given. Name two or more groups.</source>
        <translation>
            <numerusform>Voor segregatie zijn minstens twee groepen nodig, maar er is %n groepskolom opgegeven. Geef twee of meer groepen op.</numerusform>
            <numerusform>Voor segregatie zijn minstens twee groepen nodig, maar er zijn %n groepskolommen opgegeven. Geef twee of meer groepen op.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table has %1 cells, but %2 units x %3 groups were expected.</source>
        <translation>De tabel heeft %1 cellen, maar er werden %2 eenheden x %3 groepen verwacht.</translation>
    </message>
    <message>
        <source>Unit &quot;%1&quot;, column &quot;%2&quot;: the count is not a number. Fill in a count of 0 or more.</source>
        <translation>Eenheid &quot;%1&quot;, kolom &quot;%2&quot;: het aantal is geen getal. Vul een aantal van 0 of meer in.</translation>
    </message>
    <message>
        <source>Unit &quot;%1&quot;, column &quot;%2&quot;: the count %3 is negative. Counts must be 0 or more; correct the input.</source>
        <translation>Eenheid &quot;%1&quot;, kolom &quot;%2&quot;: het aantal %3 is negatief. Aantallen moeten 0 of meer zijn; corrigeer de invoer.</translation>
    </message>
    <message>
        <source>Unit &quot;%1&quot; has no members in any of the groups and is left out of the indices.</source>
        <translation>Eenheid &quot;%1&quot; heeft in geen van de groepen leden en blijft buiten de indices.</translation>
    </message>
    <message>
        <source>No unit has a count above 0 in the chosen groups; check the group columns.</source>
        <translation>Geen enkele eenheid heeft een aantal boven 0 in de gekozen groepen; controleer de groepskolommen.</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot;. Its columns are: %3.</source>
        <translation>%1 heeft geen kolom &quot;%2&quot;. De kolommen zijn: %3.</translation>
    </message>
    <message>
        <source>%1, line %2: the id column &quot;%3&quot; is empty. Give every unit an id.</source>
        <translation>%1, regel %2: de id-kolom &quot;%3&quot; is leeg. Geef elke eenheid een id.</translation>
    </message>
    <message>
        <source>%1, lines %2 and %3: the id &quot;%4&quot; occurs twice. Ids must be unique.</source>
        <translation>%1, regels %2 en %3: het id &quot;%4&quot; komt twee keer voor. Id&apos;s moeten uniek zijn.</translation>
    </message>
    <message>
        <source>Unit &quot;%1&quot;, column &quot;%2&quot;: the count is %3 and is taken as 0.</source>
        <translation>Eenheid &quot;%1&quot;, kolom &quot;%2&quot;: het aantal is %3 en wordt als 0 geteld.</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>afgeschermd</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbrekend</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; has no members in any unit and is left out of the indices. If it should have members, check this column of the input.</source>
        <translation>Groep &quot;%1&quot; heeft in geen enkele eenheid leden en blijft buiten de indexen. Zou ze leden moeten hebben, controleer dan deze kolom van de invoer.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n group(s) have members in any unit, and segregation needs two; no members: %1. Check the group columns of the input.</source>
        <translation>
            <numerusform>Maar %n groep heeft in enige eenheid leden, en segregatie vraagt er twee; zonder leden: %1. Controleer de groepskolommen van de invoer.</numerusform>
            <numerusform>Maar %n groepen hebben in enige eenheid leden, en segregatie vraagt er twee; zonder leden: %1. Controleer de groepskolommen van de invoer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tables do not have the same groups (%1); compare tables of the same groups.</source>
        <translation>De tabellen hebben niet dezelfde groepen (%1); vergelijk tabellen met dezelfde groepen.</translation>
    </message>
</context>
<context>
    <name>Mk::InferenceReport</name>
    <message>
        <source>Simulating</source>
        <translation>Simuleren</translation>
    </message>
    <message>
        <source>At least 2 replicates are needed, %1 were asked for.</source>
        <translation>Er zijn minstens 2 herhalingen nodig; gevraagd werden er %1.</translation>
    </message>
    <message>
        <source>The confidence level must lie between 0 and 1, not %1.</source>
        <translation>Het betrouwbaarheidsniveau moet tussen 0 en 1 liggen, niet %1.</translation>
    </message>
    <message>
        <source>The simulation was canceled.</source>
        <translation>De simulatie is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>Mk::JsonKeys</name>
    <message>
        <source>%1: the key &quot;%2&quot; is unknown, so its value would be ignored. The keys here are %3; remove or correct it.</source>
        <translation>%1: de sleutel &quot;%2&quot; is onbekend, dus de waarde zou worden genegeerd. De sleutels hier zijn %3; verwijder of verbeter hem.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is unknown, so its value would be ignored; did you mean &quot;%3&quot;? The keys here are %4.</source>
        <translation>%1: de sleutel &quot;%2&quot; is onbekend, dus de waarde zou worden genegeerd; bedoelde u &quot;%3&quot;? De sleutels hier zijn %4.</translation>
    </message>
</context>
<context>
    <name>Mk::LanguageMenu</name>
    <message>
        <source>Taal / &amp;Language</source>
        <translation>Taal / &amp;Language</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systeemtaal (%1)</translation>
    </message>
</context>
<context>
    <name>Mk::LayerFactory</name>
    <message>
        <source>Wijken</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>Buurten</source>
        <translation>Buurten</translation>
    </message>
    <message>
        <source>Wijk boundaries</source>
        <translation>Wijkgrenzen</translation>
    </message>
    <message>
        <source>Gemeente %1</source>
        <extracomment>%1 = name of the gemeente (municipality)</extracomment>
        <translation>Gemeente %1</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <source>Denomination</source>
        <translation>Denominatie</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <source>VVE location</source>
        <translation>VVE-locatie</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>VVE locations</source>
        <translation>VVE-locaties</translation>
    </message>
    <message>
        <source>Schoolweging (CBS)</source>
        <translation>Schoolweging (CBS)</translation>
    </message>
    <message>
        <source>Share %1 (%2)</source>
        <translation>Aandeel %1 (%2)</translation>
    </message>
    <message>
        <source>Share with a migration background</source>
        <translation>Aandeel met een migratieachtergrond</translation>
    </message>
</context>
<context>
    <name>Mk::LayerStyle</name>
    <message>
        <source>No data</source>
        <translation>Geen gegevens</translation>
    </message>
    <message>
        <source>Suppressed (too few to publish)</source>
        <translation>Afgeschermd (te klein om te publiceren)</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Nul</translation>
    </message>
</context>
<context>
    <name>Mk::LayersDock</name>
    <message>
        <source>Layers</source>
        <translation>Lagen</translation>
    </message>
    <message>
        <source>Move layer up</source>
        <translation>Laag omhoog</translation>
    </message>
    <message>
        <source>Move layer down</source>
        <translation>Laag omlaag</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>Dekking van de geselecteerde laag</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <source>Choropleth</source>
        <translation>Kleurvlakken</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <source>School symbols</source>
        <translation>Schoolsymbolen</translation>
    </message>
    <message>
        <source>Size by number of pupils</source>
        <translation>Grootte naar aantal leerlingen</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Namen tonen</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Kleur naar</translation>
    </message>
    <message>
        <source>Denomination</source>
        <translation>Denominatie</translation>
    </message>
</context>
<context>
    <name>Mk::LeaGoal</name>
    <message>
        <source>Share of schools that mirror their catchment</source>
        <translation>Aandeel scholen dat een afspiegeling is van het voedingsgebied</translation>
    </message>
    <message>
        <source>Part of D added by school choice</source>
        <translation>Deel van D door schoolkeuze</translation>
    </message>
    <message>
        <source>Spread of the schoolweging between schools</source>
        <translation>Spreiding van de schoolweging tussen scholen</translation>
    </message>
    <message>
        <source>Unknown goal indicator &quot;%1&quot;: use schools_mirroring_share, dissimilarity, mutual_information, choice_share or schoolweging_spread.</source>
        <translation>Onbekende doelindicator &quot;%1&quot;: gebruik schools_mirroring_share, dissimilarity, mutual_information, choice_share of schoolweging_spread.</translation>
    </message>
    <message>
        <source>Unknown goal comparison &quot;%1&quot;: use at_least or at_most.</source>
        <translation>Onbekende vergelijking &quot;%1&quot; in een doel: gebruik at_least of at_most.</translation>
    </message>
    <message>
        <source>A goal needs a numeric &quot;target&quot; (shares as 0-1, e.g. 0.6).</source>
        <translation>Een doel heeft een numerieke &quot;target&quot; nodig (aandelen als 0-1, bijv. 0.6).</translation>
    </message>
    <message>
        <source>The target of &quot;%1&quot; is a share between 0 and 1 (0.6 for 60 %), not %2.</source>
        <translation>De streefwaarde van &quot;%1&quot; is een aandeel tussen 0 en 1 (0.6 voor 60 %), niet %2.</translation>
    </message>
    <message>
        <source>A goal needs a &quot;deadline&quot; year between 2000 and 2100, e.g. 2027.</source>
        <translation>Een doel heeft een &quot;deadline&quot;-jaar tussen 2000 en 2100 nodig, bijv. 2027.</translation>
    </message>
    <message>
        <source>Goal %1 is not a JSON object.</source>
        <translation>Doel %1 is geen JSON-object.</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Doel %1: %2</translation>
    </message>
    <message>
        <source>The goals file %1 does not exist. Check the path.</source>
        <translation>Het doelenbestand %1 bestaat niet. Controleer het pad.</translation>
    </message>
    <message>
        <source>The goals file %1 cannot be read: %2.</source>
        <translation>Het doelenbestand %1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>The goals file %1 is not valid JSON (%2 at character %3). Fix the file and try again.</source>
        <translation>Het doelenbestand %1 is geen geldige JSON (%2 bij teken %3). Verbeter het bestand en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The goals file %1 must hold a list of goals, or an object with a &quot;goals&quot; list.</source>
        <translation>Het doelenbestand %1 moet een lijst met doelen bevatten, of een object met een lijst &quot;goals&quot;.</translation>
    </message>
    <message>
        <source>The goals file %1: %2</source>
        <translation>Het doelenbestand %1: %2</translation>
    </message>
    <message>
        <source>this goal</source>
        <translation>dit doel</translation>
    </message>
    <message>
        <source>The goals file %1</source>
        <translation>Het doelenbestand %1</translation>
    </message>
</context>
<context>
    <name>Mk::LegendDock</name>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
</context>
<context>
    <name>Mk::LegendRenderer</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>North, on the map&apos;s north arrow</extracomment>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>Mk::LibraryMessages</name>
    <message numerus="yes">
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1 (%n keer)</numerusform>
            <numerusform>%1 (%n keer)</numerusform>
        </translation>
    </message>
    <message>
        <source>A message of the %1 library while reading; if figures look wrong, check the file in a GIS.</source>
        <translation>Een bericht van de bibliotheek %1 tijdens het lezen; lijken de cijfers niet te kloppen, bekijk het bestand dan in een GIS.</translation>
    </message>
    <message numerus="yes">
        <source>%n further library message(s) not shown.</source>
        <translation>
            <numerusform>Nog %n bibliotheekbericht niet getoond.</numerusform>
            <numerusform>Nog %n bibliotheekberichten niet getoond.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::LocalizedText</name>
    <message>
        <source>%1 is empty. Write the text, or leave the entry out.</source>
        <translation>%1 is leeg. Vul de tekst in, of laat het onderdeel weg.</translation>
    </message>
    <message>
        <source>%1 must be a text or an object of texts by language, such as {&quot;nl&quot;: &quot;...&quot;, &quot;en&quot;: &quot;...&quot;}.</source>
        <translation>%1 moet een tekst zijn, of een object met een tekst per taal, zoals {&quot;nl&quot;: &quot;...&quot;, &quot;en&quot;: &quot;...&quot;}.</translation>
    </message>
    <message>
        <source>%1 must be an object of texts by language, such as {&quot;nl&quot;: &quot;...&quot;, &quot;en&quot;: &quot;...&quot;}.</source>
        <translation>%1 moet een object met een tekst per taal zijn, zoals {&quot;nl&quot;: &quot;...&quot;, &quot;en&quot;: &quot;...&quot;}.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a language code. Use two-letter codes such as &quot;nl&quot; and &quot;en&quot;.</source>
        <translation>%1: &quot;%2&quot; is geen taalcode. Gebruik codes van twee letters, zoals &quot;nl&quot; en &quot;en&quot;.</translation>
    </message>
    <message>
        <source>%1, &quot;%2&quot;: the text must be a non-empty string in quotes.</source>
        <translation>%1, &quot;%2&quot;: de tekst moet een niet-lege tekenreeks tussen aanhalingstekens zijn.</translation>
    </message>
</context>
<context>
    <name>Mk::Main</name>
    <message>
        <source>School segregation maps and briefings for Dutch municipalities</source>
        <translation>Kaarten en briefings over schoolsegregatie voor Nederlandse gemeenten</translation>
    </message>
    <message>
        <source>Open the embedded demo gemeente (Baarn).</source>
        <translation>Open de ingebouwde demogemeente (Baarn).</translation>
    </message>
    <message>
        <source>Language of the user interface: nl or en.</source>
        <translation>Taal van de gebruikersinterface: nl of en.</translation>
    </message>
    <message>
        <source>DUO vo pupils per vestiging by onderwijstype (repeatable).</source>
        <translation>DUO-leerlingen vo per vestiging naar onderwijstype (herhaalbaar).</translation>
    </message>
    <message>
        <source>DUO addresses of all vo vestigingen.</source>
        <translation>DUO-adressen van alle vo-vestigingen.</translation>
    </message>
    <message>
        <source>Gemeente (name or code) of the vo vestigingen (repeatable).</source>
        <translation>Gemeente (naam of code) van de vo-vestigingen (herhaalbaar).</translation>
    </message>
    <message>
        <source>School file with positions to place the vo vestigingen.</source>
        <translation>Scholenbestand met liggingen om de vo-vestigingen te plaatsen.</translation>
    </message>
    <message>
        <source>PC4 centroids to place the other vo vestigingen.</source>
        <translation>PC4-middelpunten om de overige vo-vestigingen te plaatsen.</translation>
    </message>
    <message>
        <source>Open a gemeente of the national data that ship with the program, by name or code.</source>
        <translation>Een gemeente openen uit de landelijke gegevens die met het programma worden meegeleverd, op naam of code.</translation>
    </message>
    <message>
        <source>Quit as soon as the project, gemeente or demo is on the map (exit status 1 when it fails to open), to check an installation.</source>
        <translation>Stoppen zodra het project, de gemeente of de demo op de kaart staat (afsluitstatus 1 als openen mislukt), om een installatie te controleren.</translation>
    </message>
</context>
<context>
    <name>Mk::MainWindow</name>
    <message>
        <source>Mengkaart</source>
        <translation>Mengkaart</translation>
    </message>
    <message>
        <source>&amp;New analysis…</source>
        <translation>&amp;Nieuwe analyse…</translation>
    </message>
    <message>
        <source>Start a new analysis from your own files</source>
        <translation>Een nieuwe analyse starten met uw eigen bestanden</translation>
    </message>
    <message>
        <source>Open &amp;demo gemeente</source>
        <translation>&amp;Demogemeente openen</translation>
    </message>
    <message>
        <source>Open the embedded demo gemeente (Baarn)</source>
        <translation>De ingebouwde demogemeente (Baarn) openen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Close Mengkaart</source>
        <translation>Mengkaart sluiten</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschuiven</translation>
    </message>
    <message>
        <source>Drag the map</source>
        <translation>De kaart verslepen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Click or drag a rectangle to zoom in</source>
        <translation>Klik of trek een rechthoek om in te zoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Click to zoom out</source>
        <translation>Klik om uit te zoomen</translation>
    </message>
    <message>
        <source>Zoom to gemeente</source>
        <translation>Zoomen naar gemeente</translation>
    </message>
    <message>
        <source>Show the whole gemeente</source>
        <translation>De hele gemeente tonen</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Zoomen naar selectie</translation>
    </message>
    <message>
        <source>Zoom to the selected buurt or school</source>
        <translation>Zoomen naar de geselecteerde buurt of school</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identificeren</translation>
    </message>
    <message>
        <source>Click a buurt or school to see its figures</source>
        <translation>Klik op een buurt of school om de cijfers te zien</translation>
    </message>
    <message>
        <source>Measure distance</source>
        <translation>Afstand meten</translation>
    </message>
    <message>
        <source>Click points to measure a distance; right-click to finish</source>
        <translation>Klik punten aan om een afstand te meten; klik met de rechtermuisknop om af te ronden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Redraw the map</source>
        <translation>De kaart opnieuw tekenen</translation>
    </message>
    <message>
        <source>&amp;About Mengkaart</source>
        <translation>&amp;Over Mengkaart</translation>
    </message>
    <message>
        <source>Version, licence and data sources</source>
        <translation>Versie, licentie en gegevensbronnen</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation>Afstand: %1</translation>
    </message>
    <message>
        <source>Distance so far: %1</source>
        <translation>Afstand tot nu toe: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Map navigation</source>
        <translation>Kaartnavigatie</translation>
    </message>
    <message>
        <source>Cursor position in Rijksdriehoeksstelsel (RD New, EPSG:28992), metres</source>
        <translation>Cursorpositie in het Rijksdriehoeksstelsel (RD New, EPSG:28992), in meters</translation>
    </message>
    <message>
        <source>Map scale</source>
        <translation>Kaartschaal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>RD %1, %2</source>
        <translation>RD %1, %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Demo gemeente Baarn</source>
        <translation>Demogemeente Baarn</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 laden…</translation>
    </message>
    <message>
        <source>Could not open the data</source>
        <translation>De gegevens konden niet worden geopend</translation>
    </message>
    <message numerus="yes">
        <source>%1 opened; %n note(s) about the data.</source>
        <translation>
            <numerusform>%1 geopend; %n opmerking over de gegevens.</numerusform>
            <numerusform>%1 geopend; %n opmerkingen over de gegevens.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 opened.</source>
        <translation>%1 geopend.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Changes saved for recovery.</source>
        <translation>Wijzigingen bewaard voor herstel.</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Project &amp;openen…</translation>
    </message>
    <message>
        <source>Open a saved Mengkaart project</source>
        <translation>Een opgeslagen Mengkaart-project openen</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>Project op&amp;slaan</translation>
    </message>
    <message>
        <source>Save the project (data, settings, goals, view)</source>
        <translation>Het project opslaan (gegevens, instellingen, doelen, kaartbeeld)</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Project opslaan &amp;als…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>Het project onder een andere naam opslaan</translation>
    </message>
    <message>
        <source>Project &amp;settings…</source>
        <translation>Project&amp;instellingen…</translation>
    </message>
    <message>
        <source>Privacy threshold and afspiegeling threshold</source>
        <translation>Privacydrempel en afspiegelingsdrempel</translation>
    </message>
    <message>
        <source>LEA &amp;goals…</source>
        <translation>LEA-&amp;doelen…</translation>
    </message>
    <message>
        <source>The goals the gemeente agreed in the LEA</source>
        <translation>De doelen die de gemeente in de LEA heeft afgesproken</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>%1[*] — Mengkaart</source>
        <translation>%1[*] — Mengkaart</translation>
    </message>
    <message>
        <source>&amp;Briefing…</source>
        <translation>&amp;Notitie…</translation>
    </message>
    <message>
        <source>The LEA briefing: preview, save as PDF or print, in Dutch or English</source>
        <translation>De LEA-notitie: bekijken, opslaan als pdf of afdrukken, in het Nederlands of Engels</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print the LEA briefing</source>
        <translation>De LEA-notitie afdrukken</translation>
    </message>
    <message>
        <source>Open &amp;secondary schools (vo)…</source>
        <translation>&amp;Voortgezet onderwijs (vo) openen…</translation>
    </message>
    <message>
        <source>DUO pupils per vo vestiging by onderwijstype and the vo addresses, for a gemeente or region</source>
        <translation>DUO-leerlingen per vo-vestiging naar onderwijstype en de vo-adressen, voor een gemeente of regio</translation>
    </message>
    <message>
        <source>New school</source>
        <translation>Nieuwe school</translation>
    </message>
    <message>
        <source>Click a site on the map for a new school in the current scenario</source>
        <translation>Klik op een locatie op de kaart voor een nieuwe school in het huidige scenario</translation>
    </message>
    <message>
        <source>New housing</source>
        <translation>Nieuwe woningbouw</translation>
    </message>
    <message>
        <source>Click the corners of a housing area (double-click to finish), or click once for a circle</source>
        <translation>Klik op de hoekpunten van een woningbouwgebied (dubbelklik om te voltooien), of klik één keer voor een cirkel</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geopend&gt;</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>DUO pupils per vo vestiging by onderwijstype (one file per school year)</source>
        <translation>DUO-leerlingen per vo-vestiging naar onderwijstype (één bestand per schooljaar)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>DUO addresses of all vo vestigingen</source>
        <translation>DUO-adressen van alle vo-vestigingen</translation>
    </message>
    <message>
        <source>Optional: a school file with positions (e.g. scholen_nl_2024.gpkg); cancel for none</source>
        <translation>Optioneel: een scholenbestand met liggingen (bijv. scholen_nl_2024.gpkg); annuleer om er geen te gebruiken</translation>
    </message>
    <message>
        <source>School files (*.gpkg *.csv);;All files (*)</source>
        <translation>Scholenbestanden (*.gpkg *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Optional: PC4 centroids to place the others; cancel for none</source>
        <translation>Optioneel: PC4-middelpunten om de overige te plaatsen; annuleer om er geen te gebruiken</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Gemeente or region</source>
        <translation>Gemeente of regio</translation>
    </message>
    <message>
        <source>Gemeente name or code; several separated by commas for a vo region:</source>
        <translation>Naam of code van de gemeente; meerdere gescheiden door komma&apos;s voor een vo-regio:</translation>
    </message>
    <message>
        <source>Secondary schools</source>
        <translation>Voortgezet onderwijs</translation>
    </message>
    <message>
        <source>Loading secondary schools… %1%</source>
        <translation>Vo-scholen laden… %1%</translation>
    </message>
    <message numerus="yes">
        <source>Secondary schools of %1 loaded: %n vestiging(en).</source>
        <translation>
            <numerusform>Vo-scholen van %1 geladen: %n vestiging.</numerusform>
            <numerusform>Vo-scholen van %1 geladen: %n vestigingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>The user guide, opened at the part about the panel you are working in</source>
        <translation>De handleiding, geopend bij het deel over het paneel waarin u werkt</translation>
    </message>
    <message>
        <source>Zoom in one step</source>
        <translation>Een stap inzoomen</translation>
    </message>
    <message>
        <source>Zoom in around the middle of the map, whatever the tool</source>
        <translation>Inzoomen rond het midden van de kaart, met welk gereedschap ook</translation>
    </message>
    <message>
        <source>Zoom out one step</source>
        <translation>Een stap uitzoomen</translation>
    </message>
    <message>
        <source>Zoom out around the middle of the map, whatever the tool</source>
        <translation>Uitzoomen rond het midden van de kaart, met welk gereedschap ook</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) about the data</source>
        <translation>
            <numerusform>%n melding over de gegevens</numerusform>
            <numerusform>%n meldingen over de gegevens</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the notes: what the files and the analyses said, and what to do</source>
        <translation>De meldingen tonen: wat de bestanden en de analyses zeiden, en wat u kunt doen</translation>
    </message>
    <message>
        <source>New housing in %1…</source>
        <translation>Nieuwe woningbouw in %1…</translation>
    </message>
</context>
<context>
    <name>Mk::MapWorkspace</name>
    <message>
        <source>Denomination</source>
        <translation>Denominatie</translation>
    </message>
    <message>
        <source>Secondary schools (vo) %1</source>
        <translation>Scholen voortgezet onderwijs (vo) %1</translation>
    </message>
</context>
<context>
    <name>Mk::MeasureTool</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>Mk::MergeSchoolsDialog</name>
    <message>
        <source>Merge schools</source>
        <translation>Scholen fuseren</translation>
    </message>
    <message>
        <source>Merge %1 with (the merged school is at its site, with the places of all):</source>
        <translation>%1 fuseren met (de gefuseerde school komt op de locatie van deze school, met de plaatsen van alle scholen):</translation>
    </message>
    <message>
        <source>Name of the merged school:</source>
        <translation>Naam van de gefuseerde school:</translation>
    </message>
</context>
<context>
    <name>Mk::MultilevelDecomposition</name>
    <message>
        <source>Level %1 has %2 labels for %3 units.</source>
        <translation>Niveau %1 heeft %2 labels voor %3 eenheden.</translation>
    </message>
    <message>
        <source>Unit &quot;%1&quot; has no label at level %2; fill in every level for every unit.</source>
        <translation>Eenheid &quot;%1&quot; heeft geen label op niveau %2; vul elk niveau in voor elke eenheid.</translation>
    </message>
    <message>
        <source>Area &quot;%1&quot; at level %2 lies in more than one area of the level above (unit &quot;%3&quot;); the levels must nest.</source>
        <translation>Gebied &quot;%1&quot; op niveau %2 ligt in meer dan één gebied van het niveau erboven (eenheid &quot;%3&quot;); de niveaus moeten in elkaar passen.</translation>
    </message>
</context>
<context>
    <name>Mk::MutualInformationChange</name>
    <message>
        <source>Both tables need the same groups; the first has %1, the second %2.</source>
        <translation>Beide tabellen hebben dezelfde groepen nodig; de eerste heeft %1, de tweede %2.</translation>
    </message>
</context>
<context>
    <name>Mk::NewSchoolDialog</name>
    <message>
        <source>New school</source>
        <translation>Nieuwe school</translation>
    </message>
    <message>
        <source>A new school at RD %1, %2.</source>
        <translation>Een nieuwe school op RD %1, %2.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source> places</source>
        <translation> plaatsen</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capaciteit:</translation>
    </message>
    <message>
        <source>None stated</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <source>The denomination as DUO writes it; the choice model weighs it as for the existing schools</source>
        <translation>De denominatie zoals DUO die schrijft; het keuzemodel weegt haar mee zoals bij de bestaande scholen</translation>
    </message>
    <message>
        <source>&amp;Denomination:</source>
        <translation>&amp;Denominatie:</translation>
    </message>
    <message>
        <source>A partner voorschool (VVE) on site</source>
        <translation>Een gekoppelde voorschool (VVE) op de locatie</translation>
    </message>
</context>
<context>
    <name>Mk::ObservedCatchmentBuilder</name>
    <message>
        <source>The catchment share must be between 0 and 1 (for example 0.8 for 80 %); got %1.</source>
        <translation>Het aandeel voor het voedingsgebied moet tussen 0 en 1 liggen (bijvoorbeeld 0.8 voor 80 %); opgegeven: %1.</translation>
    </message>
    <message>
        <source>School %1 (%2) has no pupils in the pupils-by-postcode table and gets no observed catchment.</source>
        <translation>School %1 (%2) heeft geen leerlingen in de tabel met leerlingen naar postcode en krijgt geen waargenomen voedingsgebied.</translation>
    </message>
</context>
<context>
    <name>Mk::ParentInitiativeDialog</name>
    <message>
        <source>Parent initiative</source>
        <translation>Ouderinitiatief</translation>
    </message>
    <message>
        <source>Parents of one group in one area agree to register their children together at one school.</source>
        <translation>Ouders van één groep in één gebied spreken af hun kinderen samen aan te melden bij één school.</translation>
    </message>
    <message>
        <source>Postcode %1</source>
        <translation>Postcode %1</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Gebied:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>G&amp;roep:</translation>
    </message>
    <message>
        <source>&amp;Children:</source>
        <translation>&amp;Kinderen:</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
</context>
<context>
    <name>Mk::Pc4Profiles</name>
    <message>
        <source>%1: the column &quot;%2&quot; is missing. Use the CBS file named in resources/national/SOURCES.md.</source>
        <translation>%1: de kolom &quot;%2&quot; ontbreekt. Gebruik het CBS-bestand dat in resources/national/SOURCES.md wordt genoemd.</translation>
    </message>
</context>
<context>
    <name>Mk::PlausibleRange</name>
    <message>
        <source>pupils of one school</source>
        <translation>leerlingen van één school</translation>
    </message>
    <message>
        <source>people in one buurt</source>
        <translation>inwoners van één buurt</translation>
    </message>
    <message>
        <source>people in one wijk</source>
        <translation>inwoners van één wijk</translation>
    </message>
    <message>
        <source>people in one gemeente</source>
        <translation>inwoners van één gemeente</translation>
    </message>
    <message>
        <source>people in one postcode area</source>
        <translation>inwoners van één postcodegebied</translation>
    </message>
    <message>
        <source>people in one area</source>
        <translation>inwoners van één gebied</translation>
    </message>
    <message>
        <source>places of one childcare location</source>
        <translation>plaatsen van één locatie voor kinderopvang</translation>
    </message>
    <message>
        <source>a percentage</source>
        <translation>een percentage</translation>
    </message>
    <message>
        <source>a schoolweging</source>
        <translation>een schoolweging</translation>
    </message>
    <message>
        <source>the spread of a schoolweging</source>
        <translation>de spreiding van een schoolweging</translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot;: %3 is negative, which %4 cannot be. Correct the value in the file (CBS codes for unknown values, such as -99999999, are recognised as missing).</source>
        <translation>%1, kolom &quot;%2&quot;: %3 is negatief, en dat kan niet voor %4. Verbeter de waarde in het bestand (CBS-codes voor onbekende waarden, zoals -99999999, worden als ontbrekend herkend).</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>tussen %1 en %2</translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot;: %3 cannot be right for %4, which is %5. A column may have shifted, or a digit or decimal separator may be wrong; correct the value in the file.</source>
        <translation>%1, kolom &quot;%2&quot;: %3 kan niet kloppen voor %4, dat is %5. Misschien is een kolom verschoven, of is een cijfer of decimaalteken fout; verbeter de waarde in het bestand.</translation>
    </message>
</context>
<context>
    <name>Mk::PointMapLayer</name>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
</context>
<context>
    <name>Mk::PopulationBuilder</name>
    <message>
        <source>%1, key &quot;population.scope&quot;: &quot;%2&quot; is not a scope; write &quot;pupils&quot; or &quot;cohort&quot;.</source>
        <translation>%1, sleutel &quot;population.scope&quot;: &quot;%2&quot; is geen bereik; schrijf &quot;pupils&quot; of &quot;cohort&quot;.</translation>
    </message>
    <message>
        <source>%1, key &quot;population.characteristic&quot;: write the name of a characteristic of the column mapping as a text.</source>
        <translation>%1, sleutel &quot;population.characteristic&quot;: schrijf de naam van een kenmerk uit de kolomkoppeling als tekst.</translation>
    </message>
    <message>
        <source>%1, key &quot;population.centroid_spread_m&quot;: write a distance in metres from 0 to 5000.</source>
        <translation>%1, sleutel &quot;population.centroid_spread_m&quot;: schrijf een afstand in meters van 0 tot 5000.</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;population.%2&quot;; the population takes &quot;scope&quot;, &quot;characteristic&quot; and &quot;centroid_spread_m&quot;.</source>
        <translation>%1: onbekende sleutel &quot;population.%2&quot;; de bevolking kent &quot;scope&quot;, &quot;characteristic&quot; en &quot;centroid_spread_m&quot;.</translation>
    </message>
    <message>
        <source>The areas have no group counts, so there are no children to simulate. Map a characteristic (e.g. migration background) in the column mapping.</source>
        <translation>De gebieden hebben geen groepsaantallen, dus er zijn geen kinderen om te simuleren. Koppel een kenmerk (bijv. migratieachtergrond) in de kolomkoppeling.</translation>
    </message>
    <message>
        <source>The areas have no group counts of &quot;%1&quot;; choose a characteristic of the column mapping.</source>
        <translation>De gebieden hebben geen groepsaantallen voor &quot;%1&quot;; kies een kenmerk uit de kolomkoppeling.</translation>
    </message>
    <message>
        <source>Children per postcode</source>
        <translation>Kinderen per postcode</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>%1 pupils of the gemeente&apos;s schools live abroad, at an unknown address or in a postcode without a location; they are left out of the simulation.</source>
        <translation>%1 leerlingen van de scholen in de gemeente wonen in het buitenland, op een onbekend adres of in een postcode zonder locatie; ze blijven buiten de simulatie.</translation>
    </message>
    <message>
        <source>Placing children</source>
        <translation>Kinderen plaatsen</translation>
    </message>
    <message>
        <source>No children could be placed: the areas hold no children of &quot;%1&quot; and no pupils by home postcode were found for the gemeente&apos;s schools.</source>
        <translation>Er konden geen kinderen worden geplaatst: de gebieden bevatten geen kinderen naar &quot;%1&quot; en er zijn geen leerlingen naar woonpostcode gevonden voor de scholen in de gemeente.</translation>
    </message>
    <message>
        <source>The children are the pupils of the gemeente&apos;s regular primary schools by home postcode (DUO pupils per home postcode): %1 children placed; %2 pupils living abroad, at an unknown address or in a postcode without a location are left out.</source>
        <translation>De kinderen zijn de leerlingen van de gewone basisscholen in de gemeente naar woonpostcode (DUO-leerlingen per woonpostcode): %1 kinderen geplaatst; %2 leerlingen die in het buitenland, op een onbekend adres of in een postcode zonder locatie wonen, blijven buiten beschouwing.</translation>
    </message>
    <message>
        <source>Each postcode&apos;s pupils are split over the groups of &quot;%1&quot; with the mix of the children of that postcode area; a postcode outside the gemeente gets the gemeente&apos;s mix.</source>
        <translation>De leerlingen van elke postcode worden over de groepen van &quot;%1&quot; verdeeld volgens de samenstelling van de kinderen in dat postcodegebied; een postcode buiten de gemeente krijgt de samenstelling van de gemeente.</translation>
    </message>
    <message>
        <source>Each child lives at a random point of her postcode area (within about 300 m of the postcode&apos;s centroid outside the gemeente); distances are straight lines in metres.</source>
        <translation>Elk kind woont op een willekeurig punt in zijn postcodegebied (buiten de gemeente binnen ongeveer 300 m van het middelpunt van de postcode); afstanden zijn rechte lijnen in meters.</translation>
    </message>
    <message>
        <source>No pupils by home postcode are loaded: the children are the school-age estimate of the column mapping (CBS 0-15 band) times 8/15 for the primary ages 4-11, per area (%1 children); the schools&apos; pupil counts are scaled to that total.</source>
        <translation>Er zijn geen leerlingen naar woonpostcode geladen: de kinderen zijn de schatting van de schoolgaande leeftijd uit de kolomkoppeling (CBS-klasse 0-15) maal 8/15 voor de basisschoolleeftijden 4-11, per gebied (%1 kinderen); de leerlingaantallen van de scholen zijn naar dat totaal geschaald.</translation>
    </message>
    <message>
        <source>Each child lives at a random point of her area; distances are straight lines in metres.</source>
        <translation>Elk kind woont op een willekeurig punt in zijn gebied; afstanden zijn rechte lijnen in meters.</translation>
    </message>
    <message>
        <source>Population: one intake cohort (1/8 of the primary pupils); capacities are scaled by 1/8 too.</source>
        <translation>Bevolking: één instroomcohort (1/8 van de basisschoolleerlingen); de capaciteiten zijn ook met 1/8 geschaald.</translation>
    </message>
    <message>
        <source>Population: all primary pupils of today, as if every one of them chose a school under the conditions of the scenario (a steady state, not one year&apos;s intake).</source>
        <translation>Bevolking: alle huidige basisschoolleerlingen, alsof ieder van hen een school koos onder de omstandigheden van het scenario (een evenwichtstoestand, niet de instroom van één jaar).</translation>
    </message>
</context>
<context>
    <name>Mk::PostcodeAreaBuilder</name>
    <message>
        <source>Area %1 (%2) has no most common postcode (column meest_voorkomende_postcode), so it belongs to no postcode area; its children are left out of the observed catchments.</source>
        <translation>Gebied %1 (%2) heeft geen meest voorkomende postcode (kolom meest_voorkomende_postcode) en hoort dus bij geen enkel postcodegebied; de kinderen daar blijven buiten de waargenomen voedingsgebieden.</translation>
    </message>
    <message>
        <source>The areas of %1 have no most common postcode (column meest_voorkomende_postcode or POSTCODE), so postcode areas cannot be built from them. Load PC4 centroids instead.</source>
        <translation>De gebieden van %1 hebben geen meest voorkomende postcode (kolom meest_voorkomende_postcode of POSTCODE), dus er kunnen geen postcodegebieden uit worden gevormd. Laad in plaats daarvan PC4-middelpunten.</translation>
    </message>
    <message>
        <source>GEOS could not merge the buurten of postcode %1.</source>
        <translation>GEOS kon de buurten van postcode %1 niet samenvoegen.</translation>
    </message>
    <message>
        <source>There are no PC4 centroids to build postcode areas from. Load a PC4 centroid table (for example pc4_centroids_wgs84.csv).</source>
        <translation>Er zijn geen PC4-middelpunten om postcodegebieden uit te vormen. Laad een tabel met PC4-middelpunten (bijvoorbeeld pc4_centroids_wgs84.csv).</translation>
    </message>
</context>
<context>
    <name>Mk::PostcodeLoader</name>
    <message>
        <source>%1, %2: postcode %3 occurs twice. Remove the duplicate row.</source>
        <translation>%1, %2: postcode %3 komt twee keer voor. Verwijder de dubbele rij.</translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) of the statistics have no centroid in %1; they cannot be placed on the map.</source>
        <translation>
            <numerusform>%n postcode uit de statistieken heeft geen middelpunt in %1; die kan niet op de kaart worden geplaatst.</numerusform>
            <numerusform>%n postcodes uit de statistieken hebben geen middelpunt in %1; die kunnen niet op de kaart worden geplaatst.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no PC4 column (looked for pc4, postcode). Its columns are: %2. Rename the postcode column to pc4.</source>
        <translation>%1 heeft geen PC4-kolom (gezocht naar pc4, postcode). De kolommen zijn: %2. Hernoem de postcodekolom naar pc4.</translation>
    </message>
    <message>
        <source>%1, %2, column &quot;%3&quot;: &quot;%4&quot; is not a four-digit postcode. Correct the cell or remove the row.</source>
        <translation>%1, %2, kolom &quot;%3&quot;: &quot;%4&quot; is geen postcode van vier cijfers. Corrigeer de cel of verwijder de rij.</translation>
    </message>
    <message>
        <source>%1 needs a postcode column and coordinates (LAT/LON or RD x/y). Its columns are: %2. Use a PC4 centroid table with the columns POSTCODE, LAT and LON.</source>
        <translation>%1 heeft een postcodekolom en coördinaten (LAT/LON of RD x/y) nodig. De kolommen zijn: %2. Gebruik een tabel met PC4-middelpunten met de kolommen POSTCODE, LAT en LON.</translation>
    </message>
    <message>
        <source>No postcodes were found in %1. Choose the CBS statistics per postcode (PC4) or a PC4 centroid table.</source>
        <translation>Er zijn geen postcodes gevonden in %1. Kies de CBS-statistieken per postcode (PC4) of een tabel met PC4-middelpunten.</translation>
    </message>
    <message>
        <source>%1 (%2 and %3)</source>
        <translation>%1 (%2 en %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n postcode(s) occur on more than one line, for example %2; each gets the position of its last line. A PC4 centroid table has one line per four-digit postcode: check that this is not a list of schools or addresses.</source>
        <translation>
            <numerusform>%1: %n postcode staat op meer dan één regel, bijvoorbeeld %2; die krijgt de ligging van de laatste regel. Een tabel met PC4-middelpunten heeft één regel per viercijferige postcode: controleer of dit geen lijst van scholen of adressen is.</numerusform>
            <numerusform>%1: %n postcodes staan op meer dan één regel, bijvoorbeeld %2; elk krijgt de ligging van de laatste regel. Een tabel met PC4-middelpunten heeft één regel per viercijferige postcode: controleer of dit geen lijst van scholen of adressen is.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, column &quot;%3&quot;: &quot;%4&quot; is not a number of inhabitants. Correct the cell or leave it empty.</source>
        <translation>%1, %2, kolom &quot;%3&quot;: &quot;%4&quot; is geen aantal inwoners. Verbeter de cel of laat haar leeg.</translation>
    </message>
    <message>
        <source>%1, %2 (postcode %3)</source>
        <translation>%1, %2 (postcode %3)</translation>
    </message>
</context>
<context>
    <name>Mk::ProjectController</name>
    <message>
        <source>Mengkaart project</source>
        <translation>Mengkaart-project</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisch opslaan is mislukt: %1</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <source>Mengkaart projects (*.%1);;All files (*)</source>
        <translation>Mengkaart-projecten (*.%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Project opslaan als</translation>
    </message>
    <message>
        <source>Mengkaart projects (*.%1)</source>
        <translation>Mengkaart-projecten (*.%1)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Do you want to save the changes to &quot;%1&quot;?</source>
        <translation>Wilt u de wijzigingen in &quot;%1&quot; opslaan?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes are lost.</source>
        <translation>Als u niet opslaat, gaan uw wijzigingen verloren.</translation>
    </message>
    <message>
        <source>an unsaved project</source>
        <translation>een niet-opgeslagen project</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Niet-opgeslagen werk herstellen?</translation>
    </message>
    <message>
        <source>Mengkaart was not closed properly. A copy of %1 with your changes, saved automatically at %2, is available.</source>
        <translation>Mengkaart is niet goed afgesloten. Er is een kopie van %1 met uw wijzigingen, automatisch bewaard om %2.</translation>
    </message>
    <message>
        <source>Restore it to go on where you were, or discard it.</source>
        <translation>Herstel de kopie om verder te gaan waar u was, of gooi haar weg.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Restore an interrupted save?</source>
        <translation>Een onderbroken opslag herstellen?</translation>
    </message>
    <message>
        <source>Saving %1 was interrupted at %2. The copy it was writing is complete and newer than the file.</source>
        <translation>Het opslaan van %1 is onderbroken op %2. De kopie die werd geschreven is compleet en nieuwer dan het bestand.</translation>
    </message>
    <message>
        <source>Restore it to go on with those changes, or discard it.</source>
        <translation>Herstel de kopie om verder te gaan met die wijzigingen, of verwijder haar.</translation>
    </message>
</context>
<context>
    <name>Mk::ProjectDocument</name>
    <message>
        <source>Change the LEA goals</source>
        <translation>LEA-doelen wijzigen</translation>
    </message>
    <message>
        <source>Privacy threshold %1</source>
        <translation>Privacydrempel %1</translation>
    </message>
    <message>
        <source>Afspiegeling threshold %1 points</source>
        <translation>Afspiegelingsdrempel %1 procentpunt</translation>
    </message>
    <message>
        <source>Change the project settings</source>
        <translation>Projectinstellingen wijzigen</translation>
    </message>
    <message>
        <source>Catchment method</source>
        <translation>Methode voor voedingsgebieden</translation>
    </message>
    <message>
        <source>Map styling</source>
        <translation>Kaartopmaak</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>New scenario &quot;%1&quot;</source>
        <translation>Nieuw scenario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>Duplicate scenario &quot;%1&quot;</source>
        <translation>Scenario &quot;%1&quot; dupliceren</translation>
    </message>
    <message>
        <source>Rename scenario &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Scenario &quot;%1&quot; hernoemen tot &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Delete scenario &quot;%1&quot;</source>
        <translation>Scenario &quot;%1&quot; verwijderen</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Verwijderen: %1</translation>
    </message>
</context>
<context>
    <name>Mk::ProjectFile</name>
    <message>
        <source>There is no data to save in %1.</source>
        <translation>Er zijn geen gegevens om op te slaan in %1.</translation>
    </message>
    <message>
        <source>Cannot save %1: the folder %2 does not exist. Choose another folder.</source>
        <translation>Kan %1 niet opslaan: de map %2 bestaat niet. Kies een andere map.</translation>
    </message>
    <message>
        <source>Cannot save the project as %1: that is a folder. Choose a file name.</source>
        <translation>Kan het project niet opslaan als %1: dat is een map. Kies een bestandsnaam.</translation>
    </message>
    <message>
        <source>Saving was canceled; the previous file is unchanged.</source>
        <translation>Het opslaan is geannuleerd; het vorige bestand is ongewijzigd.</translation>
    </message>
    <message>
        <source>Could not write the project %1 to the disk. Check that the disk is not full.</source>
        <translation>Het project %1 kon niet naar de schijf worden geschreven. Controleer of de schijf niet vol is.</translation>
    </message>
    <message>
        <source>Could not replace %1 with the saved project. Check that you may write in its folder and that no other program has it open; the previous file is unchanged.</source>
        <translation>Kon %1 niet vervangen door het opgeslagen project. Controleer of u in de map mag schrijven en of geen ander programma het bestand open heeft; het vorige bestand is ongewijzigd.</translation>
    </message>
    <message>
        <source>The project file %1 does not exist. Check the path and the file name, or open another project.</source>
        <translation>Het projectbestand %1 bestaat niet. Controleer het pad en de bestandsnaam, of open een ander project.</translation>
    </message>
    <message>
        <source>The project file %1 is empty. Open an earlier copy of the project.</source>
        <translation>Het projectbestand %1 is leeg. Open een eerdere kopie van het project.</translation>
    </message>
    <message>
        <source>The project file %1 cannot be opened: %2. Check that you may read it.</source>
        <translation>Het projectbestand %1 kan niet worden geopend: %2. Controleer of u het mag lezen.</translation>
    </message>
    <message>
        <source>%1 is not a Mengkaart project: it is not a GeoPackage. Open a file saved by Mengkaart (.%2).</source>
        <translation>%1 is geen Mengkaart-project: het is geen GeoPackage. Open een bestand dat met Mengkaart is opgeslagen (.%2).</translation>
    </message>
    <message>
        <source>The project %1 is damaged or incomplete (%2) and cannot be opened. Open an earlier copy of it, or the recovered copy if Mengkaart offers one.</source>
        <translation>Het project %1 is beschadigd of onvolledig (%2) en kan niet worden geopend. Open een eerdere kopie, of de herstelde kopie als Mengkaart die aanbiedt.</translation>
    </message>
    <message>
        <source>The project %1 is incomplete: its table &quot;%2&quot; is missing (was the file changed in another program?). Open an earlier copy of the project.</source>
        <translation>Het project %1 is onvolledig: de tabel &quot;%2&quot; ontbreekt (is het bestand in een ander programma gewijzigd?). Open een eerdere kopie van het project.</translation>
    </message>
    <message>
        <source>Opening the project was canceled.</source>
        <translation>Het openen van het project is geannuleerd.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; of the table &quot;%2&quot; is missing</source>
        <translation>de kolom &quot;%1&quot; van de tabel &quot;%2&quot; ontbreekt</translation>
    </message>
    <message>
        <source>reading the table &quot;%1&quot; failed</source>
        <translation>het lezen van de tabel &quot;%1&quot; is mislukt</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; has %2 rows instead of %3</source>
        <translation>de tabel &quot;%1&quot; heeft %2 rijen in plaats van %3</translation>
    </message>
    <message>
        <source>the setting &quot;%1&quot; is missing</source>
        <translation>de instelling &quot;%1&quot; ontbreekt</translation>
    </message>
    <message>
        <source>the setting &quot;%1&quot; is not valid JSON</source>
        <translation>de instelling &quot;%1&quot; is geen geldige JSON</translation>
    </message>
    <message>
        <source>the shape of area %1 cannot be read</source>
        <translation>de vorm van gebied %1 kan niet worden gelezen</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; ends early</source>
        <translation>de tabel &quot;%1&quot; houdt te vroeg op</translation>
    </message>
    <message>
        <source>row %1 of the table &quot;%2&quot; does not belong where it is</source>
        <translation>rij %1 van de tabel &quot;%2&quot; staat niet op haar plaats</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; has rows of no group table</source>
        <translation>de tabel &quot;%1&quot; heeft rijen die bij geen groepentabel horen</translation>
    </message>
    <message>
        <source>its format version &quot;%1&quot; is not a number</source>
        <translation>de formaatversie &quot;%1&quot; is geen getal</translation>
    </message>
    <message>
        <source>The project %1 was saved by a newer Mengkaart (project format %2; this version reads up to format %3). Update Mengkaart to open it.</source>
        <translation>Het project %1 is opgeslagen met een nieuwere Mengkaart (projectformaat %2; deze versie leest tot en met formaat %3). Werk Mengkaart bij om het te openen.</translation>
    </message>
    <message>
        <source>its privacy threshold is not a number of at least 1</source>
        <translation>de privacydrempel is geen getal van minstens 1</translation>
    </message>
    <message>
        <source>Reading the areas</source>
        <translation>De gebieden lezen</translation>
    </message>
    <message>
        <source>the description of its %1 layer is missing</source>
        <translation>de beschrijving van de laag %1 ontbreekt</translation>
    </message>
    <message>
        <source>the gemeente boundary cannot be read</source>
        <translation>de gemeentegrens kan niet worden gelezen</translation>
    </message>
    <message>
        <source>Reading the schools</source>
        <translation>De scholen lezen</translation>
    </message>
    <message>
        <source>Reading the pupil flows and group tables</source>
        <translation>De leerlingen naar woonpostcode en de groepentabellen lezen</translation>
    </message>
    <message>
        <source>Reading the sources</source>
        <translation>De bronnen lezen</translation>
    </message>
    <message>
        <source>%1 is a GeoPackage, but not a Mengkaart project. Open it in QGIS, or start a new analysis with it as the area file.</source>
        <translation>%1 is een GeoPackage, maar geen Mengkaart-project. Open het in QGIS, of begin een nieuwe analyse met dit bestand als gebiedsbestand.</translation>
    </message>
    <message>
        <source>The project %1 is damaged or incomplete and cannot be opened (for example a copy that was cut off). Open an earlier copy of it, or the recovered copy if Mengkaart offers one.</source>
        <translation>Het project %1 is beschadigd of onvolledig en kan niet worden geopend (bijvoorbeeld een afgebroken kopie). Open een eerdere kopie, of de herstelde kopie als Mengkaart die aanbiedt.</translation>
    </message>
    <message>
        <source>Could not write %1 to the project %2. Check that the disk is not full and that you may write in its folder, then save again.</source>
        <translation>Kon %1 niet naar het project %2 schrijven. Controleer of de schijf niet vol is en of u in de map mag schrijven, en sla dan opnieuw op.</translation>
    </message>
    <message>
        <source>the table %1</source>
        <translation>de tabel %1</translation>
    </message>
    <message>
        <source>the column %1 of %2</source>
        <translation>de kolom %1 van %2</translation>
    </message>
    <message>
        <source>row %1 of %2</source>
        <translation>rij %1 van %2</translation>
    </message>
    <message>
        <source>the shape of area %1</source>
        <translation>de vorm van gebied %1</translation>
    </message>
    <message>
        <source>area %1</source>
        <translation>gebied %1</translation>
    </message>
    <message>
        <source>Boundary of the gemeente</source>
        <translation>Grens van de gemeente</translation>
    </message>
    <message>
        <source>the gemeente boundary</source>
        <translation>de gemeentegrens</translation>
    </message>
    <message>
        <source>Group tables: one characteristic per row (areas or schools)</source>
        <translation>Groepentabellen: één kenmerk per rij (gebieden of scholen)</translation>
    </message>
    <message>
        <source>Counts per unit and group; state is value, missing or suppressed</source>
        <translation>Aantallen per eenheid en groep; state is value (waarde), missing (ontbrekend) of suppressed (afgeschermd)</translation>
    </message>
    <message>
        <source>Mengkaart project settings (key, value; JSON where structured)</source>
        <translation>Instellingen van het Mengkaart-project (sleutel, waarde; JSON waar gestructureerd)</translation>
    </message>
    <message>
        <source>the setting %1</source>
        <translation>de instelling %1</translation>
    </message>
    <message>
        <source>Saving the areas</source>
        <translation>De gebieden opslaan</translation>
    </message>
    <message>
        <source>Analysis areas of %1 with their CBS attributes</source>
        <translation>Analysegebieden van %1 met hun CBS-kenmerken</translation>
    </message>
    <message>
        <source>Saving the wijken and postcodes</source>
        <translation>De wijken en postcodes opslaan</translation>
    </message>
    <message>
        <source>Wijken of %1</source>
        <translation>Wijken van %1</translation>
    </message>
    <message>
        <source>Postcode areas (PC4) with CBS statistics</source>
        <translation>Postcodegebieden (PC4) met CBS-statistieken</translation>
    </message>
    <message>
        <source>Saving the schools</source>
        <translation>De scholen opslaan</translation>
    </message>
    <message>
        <source>School vestigingen; a school that could not be placed has no geometry</source>
        <translation>Schoolvestigingen; een school die niet kon worden geplaatst heeft geen geometrie</translation>
    </message>
    <message>
        <source>VVE and kinderopvang locations</source>
        <translation>VVE- en kinderopvanglocaties</translation>
    </message>
    <message>
        <source>Saving the pupil flows and group tables</source>
        <translation>De leerlingen naar woonpostcode en de groepentabellen opslaan</translation>
    </message>
    <message>
        <source>Pupils per school by home postcode (DUO)</source>
        <translation>Leerlingen per school naar woonpostcode (DUO)</translation>
    </message>
    <message>
        <source>Saving the schoolweging, sources and settings</source>
        <translation>De schoolweging, bronnen en instellingen opslaan</translation>
    </message>
    <message>
        <source>Schoolweging per school and year (Inspectie)</source>
        <translation>Schoolweging per school en jaar (Inspectie)</translation>
    </message>
    <message>
        <source>Valid, missing and suppressed cells per field of each area layer</source>
        <translation>Geldige, ontbrekende en afgeschermde cellen per veld van elke gebiedslaag</translation>
    </message>
    <message>
        <source>Data sources, years and licences</source>
        <translation>Gegevensbronnen, jaren en licenties</translation>
    </message>
    <message>
        <source>This installation of GDAL cannot write GeoPackages.</source>
        <translation>Deze installatie van GDAL kan geen GeoPackages schrijven.</translation>
    </message>
    <message>
        <source>Could not create the project %1. Check that the folder exists and that you may write there.</source>
        <translation>Het project %1 kon niet worden aangemaakt. Controleer of de map bestaat en of u daar mag schrijven.</translation>
    </message>
    <message>
        <source>Could not finish writing the project %1. Check that the disk is not full.</source>
        <translation>Het schrijven van het project %1 kon niet worden afgerond. Controleer of de schijf niet vol is.</translation>
    </message>
    <message>
        <source>the labels of the group table &quot;%1&quot;</source>
        <translation>de labels van de groepentabel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The disk is full, so the project %1 could not be saved; the previous file is unchanged.</source>
        <translation>De schijf is vol, dus het project %1 kon niet worden opgeslagen; het vorige bestand is ongewijzigd.</translation>
    </message>
    <message>
        <source>The disk reported an error while the project %1 was written (it may be full or failing), so it could not be saved; the previous file is unchanged.</source>
        <translation>De schijf meldde een fout bij het schrijven van het project %1 (misschien is ze vol of defect), dus het kon niet worden opgeslagen; het vorige bestand is ongewijzigd.</translation>
    </message>
    <message>
        <source>Mengkaart may not write in the folder %1, so the project %2 could not be saved; the previous file is unchanged.</source>
        <translation>Mengkaart mag niet schrijven in de map %1, dus het project %2 kon niet worden opgeslagen; het vorige bestand is ongewijzigd.</translation>
    </message>
    <message>
        <source>%1 is read-only, so Mengkaart does not replace it. Save the project under another name, or make the file writable first.</source>
        <translation>%1 is alleen-lezen, dus Mengkaart vervangt het niet. Sla het project op onder een andere naam, of maak het bestand eerst beschrijfbaar.</translation>
    </message>
    <message>
        <source>%1 is being saved by another Mengkaart right now. Wait until that save has finished, then save again.</source>
        <translation>%1 wordt op dit moment door een andere Mengkaart opgeslagen. Wacht tot die opslag klaar is en sla dan opnieuw op.</translation>
    </message>
    <message>
        <source>The project %1 holds a value that cannot be right: %2. The file was changed outside Mengkaart or is damaged; open an earlier copy, or save the project again from its source files.</source>
        <translation>Het project %1 bevat een waarde die niet kan kloppen: %2. Het bestand is buiten Mengkaart gewijzigd of beschadigd; open een eerdere kopie, of sla het project opnieuw op vanuit de bronbestanden.</translation>
    </message>
    <message>
        <source>%1 is %2 (it must lie between %3 and %4)</source>
        <translation>%1 is %2 (dat moet tussen %3 en %4 liggen)</translation>
    </message>
    <message>
        <source>the pupils of school %1</source>
        <translation>de leerlingen van school %1</translation>
    </message>
    <message>
        <source>the capacity of school %1</source>
        <translation>de capaciteit van school %1</translation>
    </message>
    <message>
        <source>the schoolweging of school %1</source>
        <translation>de schoolweging van school %1</translation>
    </message>
    <message>
        <source>the schoolweging spread of school %1</source>
        <translation>de spreiding van de schoolweging van school %1</translation>
    </message>
    <message>
        <source>the suppressed cells of school %1</source>
        <translation>de afgeschermde cellen van school %1</translation>
    </message>
    <message>
        <source>the schoolweging record of %1 (%2)</source>
        <translation>het schoolwegingsrecord van %1 (%2)</translation>
    </message>
    <message>
        <source>the pupil flow of school %1 from %2</source>
        <translation>de leerlingstroom naar school %1 uit %2</translation>
    </message>
    <message>
        <source>the count of &quot;%1&quot; in %2 of the table &quot;%3&quot;</source>
        <translation>het aantal &quot;%1&quot; in %2 van de tabel &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the population of area %1</source>
        <translation>de bevolking van gebied %1</translation>
    </message>
    <message>
        <source>the setting &quot;scenarios&quot; is not a list</source>
        <translation>de instelling &quot;scenarios&quot; is geen lijst</translation>
    </message>
    <message>
        <source>%1, scenario %2</source>
        <translation>%1, scenario %2</translation>
    </message>
    <message>
        <source>The project %1 holds a scenario Mengkaart cannot read: %2</source>
        <translation>Het project %1 bevat een scenario dat Mengkaart niet kan lezen: %2</translation>
    </message>
</context>
<context>
    <name>Mk::ProjectSettingsDialog</name>
    <message>
        <source>Project settings</source>
        <translation>Projectinstellingen</translation>
    </message>
    <message>
        <source>No figure resting on fewer children than this is shown, exported or printed.</source>
        <translation>Geen cijfer over minder kinderen dan dit wordt getoond, geëxporteerd of afgedrukt.</translation>
    </message>
    <message>
        <source> points</source>
        <translation> procentpunt</translation>
    </message>
    <message>
        <source>A school over- or under-represents a group only when its share differs from its catchment&apos;s by at least this many percentage points (and the interval agrees).</source>
        <translation>Een groep is op een school alleen over- of ondervertegenwoordigd als haar aandeel minstens zoveel procentpunten afwijkt van dat in het voedingsgebied (en het interval dat bevestigt).</translation>
    </message>
    <message>
        <source>Privacy threshold (children)</source>
        <translation>Privacydrempel (kinderen)</translation>
    </message>
    <message>
        <source>Figures about fewer children are suppressed everywhere (shown as &quot;&lt;%1&quot;).</source>
        <translation>Cijfers over minder kinderen worden overal afgeschermd (getoond als &quot;&lt;%1&quot;).</translation>
    </message>
    <message>
        <source>Afspiegeling threshold</source>
        <translation>Afspiegelingsdrempel</translation>
    </message>
    <message>
        <source>Smallest gap between a school and its catchment that counts as not mirroring it.</source>
        <translation>Kleinste verschil tussen een school en haar voedingsgebied dat telt als geen afspiegeling.</translation>
    </message>
</context>
<context>
    <name>Mk::PupilCountLoader</name>
    <message>
        <source>%1, %2: school %3 already appeared at %4 with the same soort po and cluster. Each combination must occur once; remove the duplicate row.</source>
        <translation>%1, %2: school %3 kwam al voor op %4 met dezelfde soort po en cluster. Elke combinatie mag maar één keer voorkomen; verwijder de dubbele rij.</translation>
    </message>
    <message>
        <source>%1 contains no rows (only a header). Choose the file with the pupil rows.</source>
        <translation>%1 bevat geen rijen (alleen een kopregel). Kies het bestand met de rijen van de leerlingen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n vestiging(en) are not among the loaded schools, so their pupils were not used: %2. Check that the school file is of the same year and holds every vestiging.</source>
        <translation>
            <numerusform>%1: %n vestiging hoort niet bij de geladen scholen, dus de leerlingen daarvan zijn niet gebruikt: %2. Controleer of het scholenbestand van hetzelfde jaar is en alle vestigingen bevat.</numerusform>
            <numerusform>%1: %n vestigingen horen niet bij de geladen scholen, dus de leerlingen daarvan zijn niet gebruikt: %2. Controleer of het scholenbestand van hetzelfde jaar is en alle vestigingen bevat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has no pupils for %n school(s): %2. They keep the count of the school file, if it has one; check their BRIN and vestigingscode.</source>
        <translation>
            <numerusform>%1 heeft geen leerlingen voor %n school: %2. Die houdt het aantal uit het scholenbestand, als dat er een heeft; controleer het BRIN en de vestigingscode.</numerusform>
            <numerusform>%1 heeft geen leerlingen voor %n scholen: %2. Die houden het aantal uit het scholenbestand, als dat er een heeft; controleer het BRIN en de vestigingscode.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) have no pupil count in the school file; their count is estimated from %1 (a &quot;&lt;5&quot; cell counts as 2.5): %2.</source>
        <translation>
            <numerusform>%n school heeft geen leerlingaantal in het scholenbestand; het aantal is geschat uit %1 (een cel &quot;&lt;5&quot; telt als 2,5): %2.</numerusform>
            <numerusform>%n scholen hebben geen leerlingaantal in het scholenbestand; hun aantal is geschat uit %1 (een cel &quot;&lt;5&quot; telt als 2,5): %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, school %2 (all its rows together)</source>
        <translation>%1, school %2 (al haar rijen samen)</translation>
    </message>
    <message>
        <source>%1, school %2 (all its rows together, the first at %3)</source>
        <translation>%1, school %2 (al haar rijen samen, de eerste op %3)</translation>
    </message>
    <message>
        <source>pupils</source>
        <translation>leerlingen</translation>
    </message>
</context>
<context>
    <name>Mk::PupilFlowLoader</name>
    <message>
        <source>%1, %2: the home postcode (column &quot;%3&quot;) is empty. Fill it in or remove the row.</source>
        <translation>%1, %2: de woonpostcode (kolom &quot;%3&quot;) is leeg. Vul die in of verwijder de rij.</translation>
    </message>
    <message>
        <source>%1, %2: school %3 with home postcode %4 already appeared at %5. Each school and postcode pair must occur once; remove the duplicate row.</source>
        <translation>%1, %2: school %3 met woonpostcode %4 kwam al voor bij %5. Elke combinatie van school en postcode mag maar één keer voorkomen; verwijder de dubbele rij.</translation>
    </message>
    <message>
        <source>%1 contains no rows (only a header). Choose the file with the pupil rows.</source>
        <translation>%1 bevat geen rijen (alleen een kopregel). Kies het bestand met de rijen van de leerlingen.</translation>
    </message>
</context>
<context>
    <name>Mk::ResidentialChoiceSplit</name>
    <message>
        <source>The school table and the nearest-school table have different groups (%1 against %2).</source>
        <translation>De schooltabel en de tabel van de nabijheidsgebieden hebben verschillende groepen (%1 tegenover %2).</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Geannuleerd.</translation>
    </message>
</context>
<context>
    <name>Mk::Scenario</name>
    <message>
        <source>%1: write the name of a preset (%2) or an object of admission rules.</source>
        <translation>%1: schrijf de naam van een voorinstelling (%2) of een object met toelatingsregels.</translation>
    </message>
    <message>
        <source>%1 is a scenario of format version %2; this Mengkaart reads version %3. Update Mengkaart to open it.</source>
        <translation>%1 is een scenario in indelingsversie %2; deze Mengkaart leest versie %3. Werk Mengkaart bij om het te openen.</translation>
    </message>
    <message>
        <source>a whole number from 0 to 18446744073709551615</source>
        <translation>een geheel getal van 0 tot 18446744073709551615</translation>
    </message>
    <message>
        <source>an object such as {&quot;scope&quot;: &quot;pupils&quot;}</source>
        <translation>een object zoals {&quot;scope&quot;: &quot;pupils&quot;}</translation>
    </message>
    <message>
        <source>a list of edits, e.g. [{&quot;type&quot;: &quot;close_school&quot;, &quot;school&quot;: &quot;04QC00&quot;}]</source>
        <translation>een lijst met wijzigingen, bijv. [{&quot;type&quot;: &quot;close_school&quot;, &quot;school&quot;: &quot;04QC00&quot;}]</translation>
    </message>
    <message>
        <source>%1, edits[%2]</source>
        <translation>%1, edits[%2]</translation>
    </message>
    <message>
        <source>%1: an edit is an object with a &quot;type&quot;, e.g. {&quot;type&quot;: &quot;close_school&quot;, &quot;school&quot;: &quot;04QC00&quot;}.</source>
        <translation>%1: een wijziging is een object met een &quot;type&quot;, bijv. {&quot;type&quot;: &quot;close_school&quot;, &quot;school&quot;: &quot;04QC00&quot;}.</translation>
    </message>
    <message>
        <source>%1, key &quot;baseline_admission&quot;</source>
        <translation>%1, sleutel &quot;baseline_admission&quot;</translation>
    </message>
    <message>
        <source>%1, key &quot;admission&quot;</source>
        <translation>%1, sleutel &quot;admission&quot;</translation>
    </message>
    <message>
        <source>an object of choice-model parameters</source>
        <translation>een object met parameters van het keuzemodel</translation>
    </message>
    <message>
        <source>&quot;school_constants&quot; as an object of school ids and numbers</source>
        <translation>&quot;school_constants&quot; als object met school-id&apos;s en getallen</translation>
    </message>
    <message>
        <source>%1, key &quot;choice_model.school_constants.%2&quot;: write a number from -50 to 50.</source>
        <translation>%1, sleutel &quot;choice_model.school_constants.%2&quot;: schrijf een getal van -50 tot 50.</translation>
    </message>
    <message>
        <source>%1, key &quot;choice_model&quot;: %2</source>
        <translation>%1, sleutel &quot;choice_model&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot open the scenario file %1: %2. Check the path.</source>
        <translation>Het scenariobestand %1 kan niet worden geopend: %2. Controleer het pad.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at character %2: %3). Fix the file or save the scenario again.</source>
        <translation>%1 is geen geldige JSON (bij teken %2: %3). Herstel het bestand of sla het scenario opnieuw op.</translation>
    </message>
    <message>
        <source>%1 is not a Mengkaart scenario: it must be one JSON object with &quot;format&quot;: &quot;mengkaart-scenario&quot;.</source>
        <translation>%1 is geen Mengkaart-scenario: het moet één JSON-object zijn met &quot;format&quot;: &quot;mengkaart-scenario&quot;.</translation>
    </message>
    <message>
        <source>Cannot write the scenario file %1: %2. Choose a folder you may write to.</source>
        <translation>Het scenariobestand %1 kan niet worden geschreven: %2. Kies een map waarin u mag schrijven.</translation>
    </message>
    <message>
        <source>Cannot write the scenario file %1: %2. Check the free disk space.</source>
        <translation>Het scenariobestand %1 kan niet worden geschreven: %2. Controleer de vrije schijfruimte.</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>een tekst</translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation>een tekst tussen aanhalingstekens</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>een getal van %1 tot %2</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>een geheel getal van %1 tot %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>een lijst met teksten</translation>
    </message>
    <message>
        <source>a list of texts, e.g. [&quot;04QC00&quot;, &quot;06GW00&quot;]</source>
        <translation>een lijst met teksten, bijv. [&quot;04QC00&quot;, &quot;06GW00&quot;]</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;. Allowed here: %3. Check the spelling.</source>
        <translation>%1: onbekende sleutel &quot;%2&quot;. Hier toegestaan: %3. Controleer de spelling.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is missing; write %3.</source>
        <translation>%1: de sleutel &quot;%2&quot; ontbreekt; schrijf %3.</translation>
    </message>
    <message>
        <source>%1, key &quot;%2&quot;: %3 is not valid here; write %4.</source>
        <translation>%1, sleutel &quot;%2&quot;: %3 is hier niet geldig; schrijf %4.</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
</context>
<context>
    <name>Mk::ScenarioCalibrator</name>
    <message>
        <source>The choice model has one distance decay per group of &quot;%1&quot; (%2), but the simulation splits children by &quot;%3&quot; (%4). Use a shared decay or the same characteristic.</source>
        <translation>Het keuzemodel heeft één afstandsverval per groep van &quot;%1&quot; (%2), maar de simulatie deelt de kinderen in naar &quot;%3&quot; (%4). Gebruik een gedeeld afstandsverval of hetzelfde kenmerk.</translation>
    </message>
    <message>
        <source>Reading the pupil flows</source>
        <translation>De leerlingstromen lezen</translation>
    </message>
    <message>
        <source>Fitting the choice model on the pupil flows</source>
        <translation>Het keuzemodel schatten op de leerlingstromen</translation>
    </message>
    <message>
        <source>No pupils by home postcode are loaded, so the distance decay is not fitted: the documented literature default is used (see the choice model&apos;s note).</source>
        <translation>Er zijn geen leerlingen naar woonpostcode geladen, dus het afstandsverval wordt niet geschat: de gedocumenteerde standaardwaarde uit de literatuur wordt gebruikt (zie de toelichting bij het keuzemodel).</translation>
    </message>
    <message>
        <source>Settling school compositions</source>
        <translation>Schoolsamenstellingen in evenwicht brengen</translation>
    </message>
    <message>
        <source>Calibrating school constants</source>
        <translation>Schoolconstanten kalibreren</translation>
    </message>
    <message>
        <source>Calibrating on the simulated admissions</source>
        <translation>Kalibreren op de gesimuleerde toelatingen</translation>
    </message>
    <message numerus="yes">
        <source>mean of %n Monte-Carlo run(s) of the baseline</source>
        <translation>
            <numerusform>gemiddelde van %n simulatieronde van de uitgangssituatie</numerusform>
            <numerusform>gemiddelde van %n simulatierondes van de uitgangssituatie</numerusform>
        </translation>
    </message>
    <message>
        <source>The calibration stopped after %1 steps with school %2 (%3) %4 pupils from its observed count.</source>
        <translation>De kalibratie stopte na %1 stappen; school %2 (%3) wijkt dan nog %4 leerlingen af van het waargenomen aantal.</translation>
    </message>
</context>
<context>
    <name>Mk::ScenarioController</name>
    <message>
        <source>Move the new school</source>
        <translation>Nieuwe school verplaatsen</translation>
    </message>
    <message>
        <source>The choice model is calibrated.</source>
        <translation>Het keuzemodel is gekalibreerd.</translation>
    </message>
</context>
<context>
    <name>Mk::ScenarioDock</name>
    <message>
        <source>Scenarios</source>
        <translation>Scenario&apos;s</translation>
    </message>
    <message>
        <source>No scenario yet</source>
        <translation>Nog geen scenario</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;Nieuw scenario</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Run scenario</source>
        <translation>Scenario doorrekenen</translation>
    </message>
    <message>
        <source>Simulate where children go today and with the changes, with 90 % bands over the runs</source>
        <translation>Simuleren waar kinderen nu en na de veranderingen naar school gaan, met 90%-banden over de simulatierondes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Veranderingen:</translation>
    </message>
    <message>
        <source>Parent initiative…</source>
        <translation>Ouderinitiatief…</translation>
    </message>
    <message>
        <source>Children of one group from one area register together at one school</source>
        <translation>Kinderen van één groep uit één gebied melden zich samen aan bij één school</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected change from the scenario</source>
        <translation>De geselecteerde verandering uit het scenario verwijderen</translation>
    </message>
    <message>
        <source>As today (the baseline&apos;s rules)</source>
        <translation>Zoals nu (de regels van de uitgangssituatie)</translation>
    </message>
    <message>
        <source>Admission rules:</source>
        <translation>Toelatingsregels:</translation>
    </message>
    <message>
        <source>Monte-Carlo runs: more runs give narrower bands and take longer</source>
        <translation>Simulatierondes (Monte Carlo): meer rondes geven smallere banden en duren langer</translation>
    </message>
    <message>
        <source>The same seed gives the same numbers, here and in mengkaart-cli scenario</source>
        <translation>Hetzelfde startgetal geeft dezelfde uitkomsten, hier en in mengkaart-cli scenario</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Simulatierondes:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startgetal:</translation>
    </message>
    <message>
        <source>Choice model:</source>
        <translation>Keuzemodel:</translation>
    </message>
    <message>
        <source>Keep the calibrated model</source>
        <translation>Gekalibreerd model bewaren</translation>
    </message>
    <message>
        <source>Store the distance weights and school constants of the last run in the scenario: later runs skip the calibration and the saved scenario reproduces these numbers</source>
        <translation>De afstandsgewichten en schoolconstanten van de laatste doorrekening in het scenario opslaan: latere doorrekeningen slaan de kalibratie over en het opgeslagen scenario geeft dezelfde uitkomsten</translation>
    </message>
    <message>
        <source>Calibrate again</source>
        <translation>Opnieuw kalibreren</translation>
    </message>
    <message>
        <source>Forget the stored model: the next run fits and calibrates it on the data again</source>
        <translation>Het opgeslagen model vergeten: de volgende doorrekening schat en kalibreert het opnieuw op de gegevens</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Bezig met doorrekenen…</translation>
    </message>
    <message>
        <source>Results shown in the Scenario results panel.</source>
        <translation>De resultaten staan in het paneel Scenarioresultaten.</translation>
    </message>
    <message>
        <source>Not run in this state yet.</source>
        <translation>In deze toestand nog niet doorgerekend.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>%1. Source: %2</source>
        <translation>%1. Bron: %2</translation>
    </message>
    <message numerus="yes">
        <source>stored in the scenario (distance weight %1; %n school constant(s))</source>
        <translation>
            <numerusform>opgeslagen in het scenario (afstandsgewicht %1; %n schoolconstante)</numerusform>
            <numerusform>opgeslagen in het scenario (afstandsgewicht %1; %n schoolconstanten)</numerusform>
        </translation>
    </message>
    <message>
        <source>fitted on the pupil flows and calibrated to today&apos;s pupils at every run</source>
        <translation>bij elke doorrekening geschat op de leerlingstromen en gekalibreerd op de huidige leerlingen</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nieuw scenario</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Scenario hernoemen</translation>
    </message>
    <message>
        <source>Admission rules: %1</source>
        <translation>Toelatingsregels: %1</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>Simulatierondes: %1</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>Startgetal: %1</translation>
    </message>
    <message>
        <source>Keep the calibrated choice model</source>
        <translation>Gekalibreerd keuzemodel bewaren</translation>
    </message>
    <message>
        <source>Calibrate the choice model again</source>
        <translation>Keuzemodel opnieuw kalibreren</translation>
    </message>
    <message>
        <source>Change capacity</source>
        <translation>Capaciteit wijzigen</translation>
    </message>
    <message>
        <source>Places at %1 (today %2 pupils):</source>
        <translation>Plaatsen op %1 (nu %2 leerlingen):</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>%1 sluiten</translation>
    </message>
    <message>
        <source>Change capacity…</source>
        <translation>Capaciteit wijzigen…</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Fuseren met…</translation>
    </message>
    <message>
        <source>In an existing buurt…</source>
        <translation>In een bestaande buurt…</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>Plaatsen:</translation>
    </message>
    <message>
        <source>The places of the selected new school or capacity change: while you drag, a quick preview shows what changes; the full run follows when you let go</source>
        <translation>De plaatsen van de gekozen nieuwe school of capaciteitswijziging: tijdens het slepen toont een snelle voorvertoning wat er verandert; de volledige berekening volgt als u loslaat</translation>
    </message>
    <message>
        <source>Choice-model parameters</source>
        <translation>Parameters van het keuzemodel</translation>
    </message>
    <message>
        <source>Utility of a school of the child&apos;s preferred denomination; 0 = no preference (the pupil flows cannot tell it)</source>
        <translation>Nut van een school van de voorkeursdenominatie van het kind; 0 = geen voorkeur (de leerlingstromen kunnen dit niet vertellen)</translation>
    </message>
    <message>
        <source>Denomination weight γ:</source>
        <translation>Gewicht denominatie γ:</translation>
    </message>
    <message>
        <source>Calibrate now</source>
        <translation>Nu kalibreren</translation>
    </message>
    <message>
        <source>Fit and calibrate the choice model now, with progress: it is done once for these data and settings, and the live preview waits for it</source>
        <translation>Het keuzemodel nu schatten en kalibreren, met voortgang: dit gebeurt één keer voor deze gegevens en instellingen, en de live voorvertoning wacht erop</translation>
    </message>
    <message>
        <source>Calibrating the choice model (once for these data and settings)…</source>
        <translation>Het keuzemodel kalibreren (één keer voor deze gegevens en instellingen)…</translation>
    </message>
    <message>
        <source>The choice model is calibrated: previews are quick now.</source>
        <translation>Het keuzemodel is gekalibreerd: voorvertoningen zijn nu snel.</translation>
    </message>
    <message>
        <source>your parameters (below); the school constants are calibrated to them at every run</source>
        <translation>uw parameters (hieronder); de schoolconstanten worden er bij elke berekening op gekalibreerd</translation>
    </message>
    <message>
        <source>Select a new school or a capacity change in the list above</source>
        <translation>Kies hierboven in de lijst een nieuwe school of een capaciteitswijziging</translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation>Plaatsen: %1</translation>
    </message>
    <message>
        <source>Utility per km (or per ln km) of the distance to a school: the more negative, the nearer children choose</source>
        <translation>Nut per km (of per ln km) van de afstand tot een school: hoe negatiever, hoe dichterbij kinderen kiezen</translation>
    </message>
    <message>
        <source>Distance weight β:</source>
        <translation>Gewicht afstand β:</translation>
    </message>
    <message>
        <source>β %1:</source>
        <translation>β %1:</translation>
    </message>
    <message>
        <source>Shown once the choice model is calibrated: press Calibrate now, or run the scenario.</source>
        <translation>Zichtbaar zodra het keuzemodel gekalibreerd is: druk op Nu kalibreren, of bereken het scenario.</translation>
    </message>
    <message>
        <source>Stored in the scenario with its school constants; a change here calibrates the constants again.</source>
        <translation>Opgeslagen in het scenario met de schoolconstanten; een wijziging hier kalibreert de constanten opnieuw.</translation>
    </message>
    <message>
        <source>Your values, stored in the scenario: the school constants are calibrated to them at the next run.</source>
        <translation>Uw waarden, opgeslagen in het scenario: de schoolconstanten worden er bij de volgende berekening op gekalibreerd.</translation>
    </message>
    <message>
        <source>Fitted on the DUO pupil flows. Change a value to use your own in this scenario.</source>
        <translation>Geschat op de DUO-leerlingstromen. Wijzig een waarde om in dit scenario uw eigen waarde te gebruiken.</translation>
    </message>
    <message>
        <source>The literature defaults (no pupil flows loaded). Change a value to use your own in this scenario.</source>
        <translation>De standaardwaarden uit de literatuur (geen leerlingstromen geladen). Wijzig een waarde om in dit scenario uw eigen waarde te gebruiken.</translation>
    </message>
    <message>
        <source>Denomination weight γ: %1</source>
        <translation>Gewicht denominatie γ: %1</translation>
    </message>
    <message>
        <source>Distance weight β: %1</source>
        <translation>Gewicht afstand β: %1</translation>
    </message>
    <message>
        <source>Distance weight β (%1): %2</source>
        <translation>Gewicht afstand β (%1): %2</translation>
    </message>
</context>
<context>
    <name>Mk::ScenarioEdit</name>
    <message>
        <source>two or more different school ids</source>
        <translation>twee of meer verschillende school-id&apos;s</translation>
    </message>
    <message>
        <source>a list of at least 3 points [x, y] in RD New metres</source>
        <translation>een lijst van ten minste 3 punten [x, y] in RD New-meters</translation>
    </message>
    <message>
        <source>an object of group names and shares, e.g. {&quot;low income&quot;: 0.4}</source>
        <translation>een object met groepsnamen en aandelen, bijv. {&quot;low income&quot;: 0.4}</translation>
    </message>
    <message>
        <source>shares from 0 to 1 per group</source>
        <translation>aandelen van 0 tot 1 per groep</translation>
    </message>
    <message>
        <source>shares that add up to 1 (they add up to %1)</source>
        <translation>aandelen die samen 1 zijn (samen zijn ze %1)</translation>
    </message>
    <message>
        <source>one of add_school, close_school, merge_schools, change_capacity, housing, parent_initiative</source>
        <translation>een van add_school, close_school, merge_schools, change_capacity, housing, parent_initiative</translation>
    </message>
    <message>
        <source>New school &quot;%1&quot; with %2 places</source>
        <translation>Nieuwe school &quot;%1&quot; met %2 plaatsen</translation>
    </message>
    <message>
        <source>new school</source>
        <translation>nieuwe school</translation>
    </message>
    <message>
        <source>Close &quot;%1&quot;</source>
        <translation>Sluiting van &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Fusie van %1</translation>
    </message>
    <message>
        <source>Capacity of &quot;%1&quot; to %2 places</source>
        <translation>Capaciteit van &quot;%1&quot; naar %2 plaatsen</translation>
    </message>
    <message>
        <source>New housing%1 with %2 primary-school children</source>
        <translation>Nieuwe woningbouw%1 met %2 basisschoolkinderen</translation>
    </message>
    <message>
        <source>Parent initiative: %1 children (%2) from %3 register together at &quot;%4&quot;</source>
        <translation>Ouderinitiatief: %1 kinderen (%2) uit %3 melden zich samen aan bij &quot;%4&quot;</translation>
    </message>
    <message>
        <source>a buurt code together with that buurt&apos;s outline as &quot;polygon&quot;</source>
        <translation>een buurtcode samen met de grens van die buurt als &quot;polygon&quot;</translation>
    </message>
    <message>
        <source>New housing%1 in %2 with %3 primary-school children</source>
        <translation>Nieuwe woningbouw%1 in %2 met %3 kinderen van basisschoolleeftijd</translation>
    </message>
</context>
<context>
    <name>Mk::ScenarioIndexModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Baseline [90 %]</source>
        <translation>Uitgangssituatie [90 %]</translation>
    </message>
    <message>
        <source>Scenario [90 %]</source>
        <translation>Scenario [90 %]</translation>
    </message>
    <message>
        <source>Difference [90 %]</source>
        <translation>Verschil [90 %]</translation>
    </message>
    <message>
        <source>%1: difference</source>
        <translation>%1: verschil</translation>
    </message>
    <message>
        <source>P(decrease)</source>
        <translation>P(daling)</translation>
    </message>
    <message>
        <source>%1: P(decrease)</source>
        <translation>%1: P(daling)</translation>
    </message>
</context>
<context>
    <name>Mk::ScenarioLayerWriter</name>
    <message>
        <source>school %1</source>
        <translation>school %1</translation>
    </message>
</context>
<context>
    <name>Mk::ScenarioListModel</name>
    <message numerus="yes">
        <source>%n change(s), %1 runs, seed %2</source>
        <translation>
            <numerusform>%n verandering, %1 simulatierondes, startgetal %2</numerusform>
            <numerusform>%n veranderingen, %1 simulatierondes, startgetal %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::ScenarioMapOverlay</name>
    <message>
        <source>new school</source>
        <translation>nieuwe school</translation>
    </message>
</context>
<context>
    <name>Mk::ScenarioReport</name>
    <message>
        <source>%1 matchings verified: %2 blocking pairs, %3 capacity violations, %4 reserve violations.</source>
        <translation>%1 toewijzingen gecontroleerd: %2 blokkerende paren, %3 keer boven de capaciteit, %4 keer in strijd met gereserveerde plaatsen.</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;: %2 runs, seed %3.</source>
        <translation>Scenario &quot;%1&quot;: %2 simulatierondes, startgetal %3.</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>zonder naam</translation>
    </message>
    <message>
        <source>Admission: baseline %1, scenario %2.</source>
        <translation>Toelating: uitgangssituatie %1, scenario %2.</translation>
    </message>
    <message>
        <source>Index (mean [90 % band])       baseline            scenario            difference          P(down)</source>
        <translation>Index (gem. [90%-bandbreedte]) uitgangssituatie    scenario            verschil            P(daling)</translation>
    </message>
    <message>
        <source>Schools most affected (pupils, mean [90 % band]):</source>
        <translation>Scholen met de grootste verandering (leerlingen, gemiddelde [90%-bandbreedte]):</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>First choice: %1 % -&gt; %2 %; top 3: %3 % -&gt; %4 %; unplaced: %5 % -&gt; %6 %; mean distance %7 m -&gt; %8 m.</source>
        <translation>Eerste keuze: %1 % -&gt; %2 %; top 3: %3 % -&gt; %4 %; niet geplaatst: %5 % -&gt; %6 %; gemiddelde afstand %7 m -&gt; %8 m.</translation>
    </message>
    <message>
        <source>Assumption: %1</source>
        <translation>Aanname: %1</translation>
    </message>
</context>
<context>
    <name>Mk::ScenarioResultsDock</name>
    <message>
        <source>Scenario results</source>
        <translation>Scenarioresultaten</translation>
    </message>
    <message>
        <source>Indices</source>
        <translation>Indexen</translation>
    </message>
    <message>
        <source>The group whose share the table and the map show</source>
        <translation>De groep waarvan de tabel en de kaart het aandeel tonen</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <source>Choice model</source>
        <translation>Keuzemodel</translation>
    </message>
    <message>
        <source>Tick up to three scenarios that have run to compare them with the baseline</source>
        <translation>Vink maximaal drie doorgerekende scenario&apos;s aan om ze met de uitgangssituatie te vergelijken</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has not run in this state: press Run scenario.</source>
        <translation>&quot;%1&quot; is in deze toestand nog niet doorgerekend: klik op Scenario doorrekenen.</translation>
    </message>
    <message>
        <source>No scenario yet.</source>
        <translation>Nog geen scenario.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 runs, seed %3. %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 simulatierondes, startgetal %3. %4</translation>
    </message>
    <message>
        <source>Placement (baseline → scenario): first choice %1 % → %2 %; top 3 %3 % → %4 %; unplaced %5 % → %6 %; mean distance %7 m → %8 m.</source>
        <translation>Plaatsing (uitgangssituatie → scenario): eerste keus %1 % → %2 %; top 3 %3 % → %4 %; niet geplaatst %5 % → %6 %; gemiddelde afstand %7 m → %8 m.</translation>
    </message>
    <message>
        <source>Scenario: change in share %1 (points)</source>
        <translation>Scenario: verandering in aandeel %1 (%-punt)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Uitgangssituatie</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Index (mean, 90 % band)</source>
        <translation>Index (gemiddelde, 90%-band)</translation>
    </message>
    <message>
        <source>%1: share (%), 90 % band</source>
        <translation>%1: aandeel (%), 90%-band</translation>
    </message>
    <message>
        <source>Choice model: %1.</source>
        <translation>Keuzemodel: %1.</translation>
    </message>
    <message>
        <source>distance weights fitted on the DUO pupil flows</source>
        <translation>afstandsgewichten geschat op de leerlingstromen van DUO</translation>
    </message>
    <message>
        <source>parameters and school constants stored in the scenario</source>
        <translation>parameters en schoolconstanten opgeslagen in het scenario</translation>
    </message>
    <message>
        <source>the literature defaults</source>
        <translation>de standaardwaarden uit de literatuur</translation>
    </message>
    <message>
        <source>Distance weight β: %1; denomination weight γ: %2; list length: %3.</source>
        <translation>Afstandsgewicht β: %1; denominatiegewicht γ: %2; lengte voorkeurslijst: %3.</translation>
    </message>
    <message>
        <source>McFadden pseudo-R²: %1.</source>
        <translation>Pseudo-R² van McFadden: %1.</translation>
    </message>
    <message>
        <source>School constants calibrated in %1 + %2 steps; largest gap %3 pupils (%4).</source>
        <translation>Schoolconstanten gekalibreerd in %1 + %2 stappen; grootste verschil %3 leerlingen (%4).</translation>
    </message>
    <message>
        <source>Pupils at their nearest school: observed %1 %, simulated %2 %.</source>
        <translation>Leerlingen op de dichtstbijzijnde school: waargenomen %1 %, gesimuleerd %2 %.</translation>
    </message>
    <message>
        <source>School (observed, simulated)</source>
        <translation>School (waargenomen, gesimuleerd)</translation>
    </message>
    <message>
        <source>simulated = observed</source>
        <translation>gesimuleerd = waargenomen</translation>
    </message>
    <message>
        <source>Observed pupils</source>
        <translation>Waargenomen leerlingen</translation>
    </message>
    <message>
        <source>Simulated pupils</source>
        <translation>Gesimuleerde leerlingen</translation>
    </message>
    <message>
        <source>Run this scenario to compare it</source>
        <translation>Reken dit scenario door om het te vergelijken</translation>
    </message>
    <message>
        <source>The index whose values over the runs the chart shows</source>
        <translation>De index waarvan de grafiek de waarden over de runs toont</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verdeling</translation>
    </message>
    <message>
        <source>baseline mean</source>
        <translation>gemiddelde uitgangssituatie</translation>
    </message>
    <message>
        <source>%1 over %2 runs; chance of a decrease %3 %</source>
        <translation>%1 over %2 runs; kans op een daling %3 %</translation>
    </message>
    <message>
        <source>%1 over %2 runs</source>
        <translation>%1 over %2 runs</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message numerus="yes">
        <source>&lt;i&gt;Preview, %n run(s)&lt;/i&gt; (the full run follows when the mouse is released). %1</source>
        <translation>
            <numerusform>&lt;i&gt;Voorvertoning, %n run&lt;/i&gt; (de volledige berekening volgt als de muis wordt losgelaten). %1</numerusform>
            <numerusform>&lt;i&gt;Voorvertoning, %n runs&lt;/i&gt; (de volledige berekening volgt als de muis wordt losgelaten). %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Row of the table</source>
        <translation>Rij van de tabel</translation>
    </message>
    <message>
        <source>Select a school in the table</source>
        <translation>Kies een school in de tabel</translation>
    </message>
    <message>
        <source>No results yet: run the scenario</source>
        <translation>Nog geen resultaten: reken het scenario door</translation>
    </message>
</context>
<context>
    <name>Mk::ScenarioRunner</name>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Calibrating the choice model</source>
        <translation>Het keuzemodel kalibreren</translation>
    </message>
    <message>
        <source>the scenario</source>
        <translation>het scenario</translation>
    </message>
    <message>
        <source>Simulating baseline and scenario</source>
        <translation>Uitgangssituatie en scenario simuleren</translation>
    </message>
</context>
<context>
    <name>Mk::ScenarioSchoolModel</name>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>gefuseerd</translation>
    </message>
    <message>
        <source>capacity %1 → %2</source>
        <translation>capaciteit %1 → %2</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>Pupils before [90 %]</source>
        <translation>Leerlingen voor [90 %]</translation>
    </message>
    <message>
        <source>Pupils after [90 %]</source>
        <translation>Leerlingen na [90 %]</translation>
    </message>
    <message>
        <source>%1 before (%)</source>
        <translation>%1 voor (%)</translation>
    </message>
    <message>
        <source>%1 after (%)</source>
        <translation>%1 na (%)</translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation>Verandering (%-punt)</translation>
    </message>
</context>
<context>
    <name>Mk::ScenarioSimulator</name>
    <message>
        <source>Simulating admissions</source>
        <translation>Toelatingen simuleren</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>The number of runs must be from 1 to 100000 (it is %1).</source>
        <translation>Het aantal simulatierondes moet van 1 tot 100000 zijn (het is %1).</translation>
    </message>
    <message>
        <source>The number of threads must be from 0 (every core) to 256 (it is %1).</source>
        <translation>Het aantal threads moet van 0 (alle kernen) tot 256 zijn (het is %1).</translation>
    </message>
    <message>
        <source>Settling school compositions</source>
        <translation>Schoolsamenstellingen in evenwicht brengen</translation>
    </message>
    <message>
        <source>The school compositions with the composition term did not settle within %1 passes; the result may depend on where the iteration started.</source>
        <translation>De schoolsamenstellingen met de samenstellingsterm kwamen binnen %1 rondes niet tot rust; de uitkomst kan afhangen van waar de iteratie begon.</translation>
    </message>
</context>
<context>
    <name>Mk::School</name>
    <message>
        <source>the pupils column of the school file</source>
        <translation>de leerlingenkolom van het scholenbestand</translation>
    </message>
    <message>
        <source>DUO pupils per vestiging (all ages, soort po and clusters)</source>
        <translation>DUO-leerlingen per vestiging (alle leeftijden, soorten po en clusters)</translation>
    </message>
    <message>
        <source>estimate: the school&apos;s total in DUO pupils by home postcode</source>
        <translation>schatting: het totaal van de school in DUO-leerlingen naar woonpostcode</translation>
    </message>
    <message>
        <source>no pupil count</source>
        <translation>geen leerlingaantal</translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <extracomment>a pupil count that is an estimate, e.g. &quot;40 (estimate)&quot;</extracomment>
        <translation>%1 (schatting)</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Bron: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n count(s) were &quot;&lt;5&quot; (1 to 4 pupils) and count as 2.5 each: the true number lies between %1 and %2.</source>
        <translation>
            <numerusform>%n aantal was &quot;&lt;5&quot; (1 tot 4 leerlingen) en telt als 2,5: het werkelijke aantal ligt tussen %1 en %2.</numerusform>
            <numerusform>%n aantallen waren &quot;&lt;5&quot; (1 tot 4 leerlingen) en tellen elk als 2,5: het werkelijke aantal ligt tussen %1 en %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::SchoolCompositionEstimator</name>
    <message>
        <source>No composition estimate for school %1 (%2): it has no pupil count or none of its pupils live in a postcode area of the gemeente.</source>
        <translation>Geen schatting van de samenstelling voor school %1 (%2): er is geen leerlingaantal of geen van de leerlingen woont in een postcodegebied van de gemeente.</translation>
    </message>
    <message>
        <source>Composition estimate of school %1 (%2): %3 of its pupils live outside the gemeente&apos;s postcode areas and are assumed to have the mix of its other pupils.</source>
        <translation>Schatting van de samenstelling van school %1 (%2): %3 van de leerlingen woont buiten de postcodegebieden van de gemeente; voor hen is dezelfde samenstelling aangenomen als voor de andere leerlingen.</translation>
    </message>
    <message>
        <source>No composition estimate for school %1 (%2): it has no pupil count or its catchment holds no children.</source>
        <translation>Geen schatting van de samenstelling voor school %1 (%2): er is geen leerlingaantal of het voedingsgebied bevat geen kinderen.</translation>
    </message>
</context>
<context>
    <name>Mk::SchoolLoader</name>
    <message>
        <source>%1 has no school-code column (looked for vestigingscode, VESTIGINGSNUMMER, BRIN NUMMER, INSTELLINGSCODE). Its columns are: %2. Rename the column with the BRIN + vestigingsnummer.</source>
        <translation>%1 heeft geen kolom met de schoolcode (gezocht naar vestigingscode, VESTIGINGSNUMMER, BRIN NUMMER, INSTELLINGSCODE). De kolommen zijn: %2. Geef de kolom met BRIN + vestigingsnummer een van deze namen.</translation>
    </message>
    <message>
        <source>%1, %2: school %3 already appeared at %4 with another name or postcode. Each vestiging must occur once; remove the wrong row.</source>
        <translation>%1, %2: school %3 kwam al voor bij %4 met een andere naam of postcode. Elke vestiging mag maar één keer voorkomen; verwijder de verkeerde rij.</translation>
    </message>
    <message>
        <source>%1, %2, column &quot;%3&quot;: &quot;%4&quot; is not a number. Correct the cell or leave it empty.</source>
        <translation>%1, %2, kolom &quot;%3&quot;: &quot;%4&quot; is geen getal. Corrigeer de cel of laat die leeg.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) repeated an earlier row of the same school exactly and were skipped (%2).</source>
        <translation>
            <numerusform>%1: %n rij herhaalde exact een eerdere rij van dezelfde school en is overgeslagen (%2).</numerusform>
            <numerusform>%1: %n rijen herhaalden exact een eerdere rij van dezelfde school en zijn overgeslagen (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contains no schools (only a header). Choose the file with the school rows.</source>
        <translation>%1 bevat geen scholen (alleen een kopregel). Kies het bestand met de rijen van de scholen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Mk::SchoolTableModel</name>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>BRIN + vestiging</source>
        <translation>BRIN + vestiging</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Denomination</source>
        <translation>Denominatie</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <source>Schoolweging</source>
        <translation>Schoolweging</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Map measure</source>
        <translation>Kaartmaat</translation>
    </message>
    <message>
        <source>%1 (within chance)</source>
        <extracomment>a school&apos;s gap whose interval includes zero: the map shows it as no difference</extracomment>
        <translation>%1 (binnen de toevalsmarge)</translation>
    </message>
</context>
<context>
    <name>Mk::SchoolwegingFit</name>
    <message numerus="yes">
        <source>%n schools with both a schoolweging and pupils by home postcode: too few to fit the model (at least %1 needed).</source>
        <translation>
            <numerusform>%n school met zowel een schoolweging als leerlingen naar woonpostcode: te weinig om het model te schatten (ten minste %1 nodig).</numerusform>
            <numerusform>%n scholen met zowel een schoolweging als leerlingen naar woonpostcode: te weinig om het model te schatten (ten minste %1 nodig).</numerusform>
        </translation>
    </message>
    <message>
        <source>The schoolweging model cannot be fitted: its equations are singular.</source>
        <translation>Het schoolwegingmodel kan niet worden geschat: de vergelijkingen zijn singulier.</translation>
    </message>
</context>
<context>
    <name>Mk::SchoolwegingLoader</name>
    <message>
        <source>Instelling %1 has %2 Inspectie objects (OVT); school %3 gets their pupil-weighted mean schoolweging.</source>
        <translation>Instelling %1 heeft %2 Inspectie-objecten (OVT); school %3 krijgt hun naar leerlingaantal gewogen gemiddelde schoolweging.</translation>
    </message>
    <message>
        <source>%1 is not a schoolweging file: it needs the columns OVT (or INSTELLINGSCODE) and schoolweging. Its columns are: %2. Use the Inspectie&apos;s schoolweging file (per year or the three-year mean).</source>
        <translation>%1 is geen schoolwegingsbestand: het heeft de kolommen OVT (of INSTELLINGSCODE) en schoolweging nodig. De kolommen zijn: %2. Gebruik het schoolwegingsbestand van de Inspectie (per jaar of het driejaarsgemiddelde).</translation>
    </message>
    <message>
        <source>%1, %2, column &quot;%3&quot;: &quot;%4&quot; is not a schoolweging (a number such as 28.5). Correct the cell or leave it empty.</source>
        <translation>%1, %2, kolom &quot;%3&quot;: &quot;%4&quot; is geen schoolweging (een getal zoals 28.5). Corrigeer de cel of laat die leeg.</translation>
    </message>
    <message>
        <source>%1 contains no schoolweging values. Choose the Inspectie file with values for these schools.</source>
        <translation>%1 bevat geen waarden voor de schoolweging. Kies het Inspectiebestand met waarden voor deze scholen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot;: &quot;%3&quot; is not a number. Correct the cell or leave it empty.</source>
        <translation>%1, kolom &quot;%2&quot;: &quot;%3&quot; is geen getal. Verbeter de cel of laat haar leeg.</translation>
    </message>
</context>
<context>
    <name>Mk::SchoolwegingModel</name>
    <message>
        <source>This is not a Mengkaart schoolweging model (format version 1).</source>
        <translation>Dit is geen schoolwegingmodel van Mengkaart (formaatversie 1).</translation>
    </message>
    <message>
        <source>The schoolweging model was fitted on other characteristics than this version computes. Refit it with mengkaart-cli fit-schoolweging.</source>
        <translation>Het schoolwegingmodel is geschat op andere kenmerken dan deze versie berekent. Schat het opnieuw met mengkaart-cli fit-schoolweging.</translation>
    </message>
    <message>
        <source>The shipped schoolweging model is missing from this build.</source>
        <translation>Het meegeleverde schoolwegingmodel ontbreekt in deze versie van het programma.</translation>
    </message>
</context>
<context>
    <name>Mk::SesAfspiegeling</name>
    <message>
        <source>differs: more disadvantaged pupils than its neighbourhoods (%1 points)</source>
        <translation>wijkt af: meer leerlingen met een achterstandsrisico dan de omgeving (%1 punten)</translation>
    </message>
    <message>
        <source>differs: more advantaged pupils than its neighbourhoods (%1 points)</source>
        <translation>wijkt af: meer leerlingen met een gunstige achtergrond dan de omgeving (%1 punten)</translation>
    </message>
    <message>
        <source>possibly differs: more disadvantaged pupils than its neighbourhoods (%1 points)</source>
        <translation>wijkt mogelijk af: meer leerlingen met een achterstandsrisico dan de omgeving (%1 punten)</translation>
    </message>
    <message>
        <source>possibly differs: more advantaged pupils than its neighbourhoods (%1 points)</source>
        <translation>wijkt mogelijk af: meer leerlingen met een gunstige achtergrond dan de omgeving (%1 punten)</translation>
    </message>
    <message>
        <source>mirrors its neighbourhoods (within chance, %1 points)</source>
        <translation>afspiegeling van de omgeving (binnen de toevalsmarge, %1 punten)</translation>
    </message>
    <message>
        <source>no schoolweging</source>
        <translation>geen schoolweging</translation>
    </message>
    <message>
        <source>too few pupils in postcodes with CBS figures</source>
        <translation>te weinig leerlingen in postcodes met CBS-cijfers</translation>
    </message>
    <message>
        <source>differs (%1)</source>
        <translation>wijkt af (%1)</translation>
    </message>
    <message>
        <source>possibly differs (%1)</source>
        <translation>wijkt mogelijk af (%1)</translation>
    </message>
    <message>
        <source>mirrors (%1)</source>
        <extracomment>SES verdict in a table cell: the schoolweging is within chance of what the neighbourhoods predict</extracomment>
        <translation>afspiegeling (%1)</translation>
    </message>
    <message>
        <source>no prediction</source>
        <translation>geen voorspelling</translation>
    </message>
</context>
<context>
    <name>Mk::ShortList</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::SimulationWorld</name>
    <message>
        <source>No school of the data has a location and pupils, so there is nothing to simulate.</source>
        <translation>Geen enkele school in de gegevens heeft een locatie en leerlingen, dus er valt niets te simuleren.</translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) have no capacity in the data; their capacity is assumed to be their pupils plus 10 %.</source>
        <translation>
            <numerusform>%n school heeft geen capaciteit in de gegevens; als capaciteit wordt het aantal leerlingen plus 10 % aangenomen.</numerusform>
            <numerusform>%n scholen hebben geen capaciteit in de gegevens; als capaciteit wordt hun aantal leerlingen plus 10 % aangenomen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, edit %2 (%3)</source>
        <translation>%1, wijziging %2 (%3)</translation>
    </message>
    <message>
        <source>%1: there is no school &quot;%2&quot; in the data; use a school id (BRIN + vestiging, e.g. 04QC00) of the loaded gemeente.</source>
        <translation>%1: er is geen school &quot;%2&quot; in de gegevens; gebruik een school-id (BRIN + vestiging, bijv. 04QC00) van de geladen gemeente.</translation>
    </message>
    <message>
        <source>%1: school &quot;%2&quot; is already closed or merged by an earlier edit.</source>
        <translation>%1: school &quot;%2&quot; is al gesloten of samengevoegd door een eerdere wijziging.</translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; is taken; give the new school another id.</source>
        <translation>%1: de id &quot;%2&quot; is al in gebruik; geef de nieuwe school een andere id.</translation>
    </message>
    <message>
        <source>%1: there is no group &quot;%2&quot;; the groups are: %3.</source>
        <translation>%1: er is geen groep &quot;%2&quot;; de groepen zijn: %3.</translation>
    </message>
    <message>
        <source>%1: no children live in area &quot;%2&quot;; use a postcode or buurt code of the population.</source>
        <translation>%1: er wonen geen kinderen in gebied &quot;%2&quot;; gebruik een postcode of buurtcode uit de bevolking.</translation>
    </message>
    <message>
        <source>%1: area &quot;%2&quot; has %3 children of group &quot;%4&quot;, fewer than the %5 of the initiative; all of them take part.</source>
        <translation>%1: gebied &quot;%2&quot; heeft %3 kinderen van groep &quot;%4&quot;, minder dan de %5 van het initiatief; ze doen allemaal mee.</translation>
    </message>
    <message>
        <source>%1: the edits close every school; keep at least one open.</source>
        <translation>%1: de wijzigingen sluiten alle scholen; houd er ten minste één open.</translation>
    </message>
</context>
<context>
    <name>Mk::SmallCellSuppressor</name>
    <message>
        <source>The privacy threshold must be at least 1 (it is the smallest number of children a published figure may rest on), not %1.</source>
        <translation>De privacydrempel moet ten minste 1 zijn (het kleinste aantal kinderen waarop een gepubliceerd getal mag berusten), niet %1.</translation>
    </message>
</context>
<context>
    <name>Mk::TableReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no coordinate reference system (for a shapefile: the .prj file is missing). The coordinates look like RD New (EPSG:28992), so that is assumed; add the .prj file to be sure.</source>
        <translation>%1 heeft geen coördinatenstelsel (bij een shapefile ontbreekt het .prj-bestand). De coördinaten lijken op RD New (EPSG:28992), dus dat is aangenomen; voeg het .prj-bestand toe om zeker te zijn.</translation>
    </message>
    <message>
        <source>%1 has no coordinate reference system (for a shapefile: the .prj file is missing) and its coordinates do not look like RD New. Add the .prj file or save the layer with its CRS in a GIS.</source>
        <translation>%1 heeft geen coördinatenstelsel (bij een shapefile ontbreekt het .prj-bestand) en de coördinaten lijken niet op RD New. Voeg het .prj-bestand toe of sla de laag in een GIS op met het coördinatenstelsel.</translation>
    </message>
    <message>
        <source>Reading %1 stopped after %2 rows because the file is damaged or incomplete. Download or export it again.</source>
        <translation>Het lezen van %1 is gestopt na %2 rijen, omdat het bestand beschadigd of onvolledig is. Download of exporteer het opnieuw.</translation>
    </message>
    <message>
        <source>%1, %2 has fewer values than the header has columns; the file may be cut off, or a value contains the separator without quotes. Check that line in a text editor.</source>
        <translation>%1, %2 heeft minder waarden dan de kopregel kolommen heeft; het bestand is misschien afgekapt, of een waarde bevat het scheidingsteken zonder aanhalingstekens. Bekijk die regel in een teksteditor.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>object %1</translation>
    </message>
    <message>
        <source>The file %1 has no layer &quot;%2&quot;. Its layers are: %3. Choose one of them.</source>
        <translation>Het bestand %1 heeft geen laag &quot;%2&quot;. De lagen zijn: %3. Kies daar een van.</translation>
    </message>
    <message>
        <source>Loading was canceled.</source>
        <translation>Het laden is geannuleerd.</translation>
    </message>
    <message>
        <source>Reading %1 stopped at %2 because the file is damaged there. Download or export it again.</source>
        <translation>Het lezen van %1 stopte bij %2 omdat het bestand daar beschadigd is. Download of exporteer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Mk::TextLanguage</name>
    <message>
        <source>Unknown language &quot;%1&quot;: use %2.</source>
        <translation>Onbekende taal &quot;%1&quot;: gebruik %2.</translation>
    </message>
</context>
<context>
    <name>Mk::UserGuide</name>
    <message>
        <source>The user guide %1 is missing from the program: reinstall Mengkaart.</source>
        <translation>De handleiding %1 ontbreekt in het programma: installeer Mengkaart opnieuw.</translation>
    </message>
</context>
<context>
    <name>Mk::ValueFormat</name>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>suppressed (small number)</source>
        <translation>afgeschermd (klein aantal)</translation>
    </message>
</context>
<context>
    <name>Mk::ValueSource</name>
    <message>
        <source>Share %1 (%2)</source>
        <extracomment>%1 = the group(s), e.g. &quot;outside Europe&quot;; %2 = the characteristic, e.g. &quot;migration background&quot;</extracomment>
        <translation>Aandeel %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Mk::VarianceDecomposition</name>
    <message>
        <source>Counts, means and spreads must be given for each of the %1 schools.</source>
        <translation>Voor elk van de %1 scholen zijn aantallen, gemiddelden en spreidingen nodig.</translation>
    </message>
    <message>
        <source>School &quot;%1&quot;: the pupil count is negative or not a number.</source>
        <translation>School &quot;%1&quot;: het leerlingaantal is negatief of geen getal.</translation>
    </message>
    <message>
        <source>School &quot;%1&quot;: the mean score is missing or not a number.</source>
        <translation>School &quot;%1&quot;: de gemiddelde score ontbreekt of is geen getal.</translation>
    </message>
    <message>
        <source>School &quot;%1&quot;: the spread is missing, negative or not a number.</source>
        <translation>School &quot;%1&quot;: de spreiding ontbreekt, is negatief of is geen getal.</translation>
    </message>
    <message>
        <source>No school has pupils; the variance cannot be split.</source>
        <translation>Geen enkele school heeft leerlingen; de variantie kan niet worden gesplitst.</translation>
    </message>
</context>
<context>
    <name>Mk::VoAnalysis</name>
    <message numerus="yes">
        <source>%1: %n vestiging(en) are not in the vo address file, so their gemeente is unknown and they are in no area: %2. Use an address file of the same school year.</source>
        <translation>
            <numerusform>%1: %n vestiging staat niet in het adressenbestand vo, dus de gemeente ervan is onbekend en de vestiging valt in geen enkel gebied: %2. Gebruik een adressenbestand van hetzelfde schooljaar.</numerusform>
            <numerusform>%1: %n vestigingen staan niet in het adressenbestand vo, dus hun gemeente is onbekend en ze vallen in geen enkel gebied: %2. Gebruik een adressenbestand van hetzelfde schooljaar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No vo pupil file is loaded.</source>
        <translation>Er is geen leerlingenbestand vo geladen.</translation>
    </message>
    <message>
        <source>%1 has no vestiging in %2. Check that the pupil file and the address file are of the same years.</source>
        <translation>%1 heeft geen vestiging in %2. Controleer of het leerlingenbestand en het adressenbestand van dezelfde jaren zijn.</translation>
    </message>
    <message>
        <source>%1 has no pupils in %2 in at least one year; segregation by level is measured over %3.</source>
        <translation>%1 heeft in ten minste één jaar geen leerlingen in %2; segregatie naar niveau wordt gemeten over %3.</translation>
    </message>
    <message>
        <source>%1 offers fewer than two levels, so there is no segregation by level to measure.</source>
        <translation>%1 biedt minder dan twee niveaus aan, dus er valt geen segregatie naar niveau te meten.</translation>
    </message>
</context>
<context>
    <name>Mk::VoArea</name>
    <message>
        <source> Close names in the file: %1.</source>
        <translation> Namen in het bestand die erop lijken: %1.</translation>
    </message>
    <message>
        <source>%1 has no vo vestiging in the gemeente &quot;%2&quot;.%3 Give a gemeente name as DUO writes it or its code (GM0268), and check that the address file covers the year.</source>
        <translation>%1 heeft geen vo-vestiging in de gemeente &quot;%2&quot;.%3 Geef een gemeentenaam zoals DUO die schrijft of de gemeentecode (GM0268), en controleer of het adressenbestand dat jaar omvat.</translation>
    </message>
    <message>
        <source>No gemeente was chosen. Name at least one gemeente (name or code).</source>
        <translation>Er is geen gemeente gekozen. Noem ten minste één gemeente (naam of code).</translation>
    </message>
</context>
<context>
    <name>Mk::VoDataLoader</name>
    <message>
        <source>No vo pupil file was given. Choose DUO&apos;s &quot;01. Leerlingen vo per vestiging naar onderwijstype&quot;.</source>
        <translation>Er is geen leerlingenbestand vo opgegeven. Kies het DUO-bestand &quot;01. Leerlingen vo per vestiging naar onderwijstype&quot;.</translation>
    </message>
    <message>
        <source>No vo address file was given. Choose DUO&apos;s &quot;02. Adressen alle vestigingen vo&quot;.</source>
        <translation>Er is geen adressenbestand vo opgegeven. Kies het DUO-bestand &quot;02. Adressen alle vestigingen vo&quot;.</translation>
    </message>
    <message>
        <source>%1 is a second file of the school year %2. Give one pupil file per year.</source>
        <translation>%1 is een tweede bestand van schooljaar %2. Geef één leerlingenbestand per jaar op.</translation>
    </message>
    <message>
        <source>%1 has no GEMEENTENAAM or GEMEENTENUMMER column, so no gemeente can be chosen. Use DUO&apos;s &quot;02. Adressen alle vestigingen vo&quot;.</source>
        <translation>%1 heeft geen kolom GEMEENTENAAM of GEMEENTENUMMER, dus er kan geen gemeente worden gekozen. Gebruik het DUO-bestand &quot;02. Adressen alle vestigingen vo&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n vo vestiging(en) could not be placed on the map (not in the located school file, PC4 unknown): %1. They count in every figure but have no symbol.</source>
        <translation>
            <numerusform>%n vo-vestiging kon niet op de kaart worden geplaatst (niet in het scholenbestand met ligging, PC4 onbekend): %1. De vestiging telt mee in alle cijfers, maar heeft geen symbool.</numerusform>
            <numerusform>%n vo-vestigingen konden niet op de kaart worden geplaatst (niet in het scholenbestand met ligging, PC4 onbekend): %1. Ze tellen mee in alle cijfers, maar hebben geen symbool.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::VoDock</name>
    <message>
        <source>Secondary schools</source>
        <translation>Voortgezet onderwijs</translation>
    </message>
    <message>
        <source>No secondary school data loaded. Use File &gt; Open secondary schools (vo)…</source>
        <translation>Geen gegevens over voortgezet onderwijs geladen. Gebruik Bestand &gt; Voortgezet onderwijs (vo) openen…</translation>
    </message>
    <message>
        <source>Show only vestigingen that offer one of the ticked levels (none ticked: all)</source>
        <translation>Alleen vestigingen tonen die een van de aangevinkte niveaus aanbieden (niets aangevinkt: alle)</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaus</translation>
    </message>
    <message>
        <source>All vestigingen</source>
        <translation>Alle vestigingen</translation>
    </message>
    <message>
        <source>With a heterogeneous first-year class</source>
        <translation>Met een heterogene brugklas</translation>
    </message>
    <message>
        <source>Only first-year classes of one school type</source>
        <translation>Alleen brugklassen van één schoolsoort</translation>
    </message>
    <message>
        <source>Categorical (one level only)</source>
        <translation>Categoraal (maar één niveau)</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Leerjaar 1</translation>
    </message>
</context>
<context>
    <name>Mk::VoMapLayer</name>
    <message>
        <source>Upper-year pupils by level; ring: share of first-year pupils in a heterogeneous class</source>
        <translation>Leerlingen in de bovenbouw naar niveau; ring: aandeel brugklasleerlingen in een heterogene klas</translation>
    </message>
    <message>
        <source>categorical (one level only)</source>
        <translation>categoraal (maar één niveau)</translation>
    </message>
    <message>
        <source>dark ring: all first-year pupils in a heterogeneous class</source>
        <translation>donkere ring: alle brugklasleerlingen in een heterogene klas</translation>
    </message>
</context>
<context>
    <name>Mk::VoProgrammes</name>
    <message>
        <source>praktijkonderwijs</source>
        <translation>praktijkonderwijs</translation>
    </message>
    <message>
        <source>vmbo</source>
        <translation>vmbo</translation>
    </message>
    <message>
        <source>havo</source>
        <translation>havo</translation>
    </message>
    <message>
        <source>vwo</source>
        <translation>vwo</translation>
    </message>
</context>
<context>
    <name>Mk::VoPupilLoader</name>
    <message>
        <source>%1, %2: vestiging %3 already appeared at %4 with the same onderwijstype, sector, afdeling and elementcode. Each combination must occur once; remove the duplicate row.</source>
        <translation>%1, %2: vestiging %3 kwam al voor op %4 met hetzelfde onderwijstype en dezelfde sector, afdeling en elementcode. Elke combinatie mag maar één keer voorkomen; verwijder de dubbele regel.</translation>
    </message>
    <message>
        <source>%1 contains no rows (only a header). Choose DUO&apos;s &quot;%2&quot; file with the pupil rows.</source>
        <translation>%1 bevat geen regels (alleen een kopregel). Kies het DUO-bestand &quot;%2&quot; met de leerlingregels.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n onderwijstype(s) are not in Mengkaart&apos;s vo classification, so their pupils count in the vestiging&apos;s total but in no level: %2.</source>
        <translation>
            <numerusform>%1: %n onderwijstype staat niet in de vo-indeling van Mengkaart, dus de leerlingen ervan tellen mee in het totaal van de vestiging, maar in geen enkel niveau: %2.</numerusform>
            <numerusform>%1: %n onderwijstypen staan niet in de vo-indeling van Mengkaart, dus hun leerlingen tellen mee in het totaal van de vestiging, maar in geen enkel niveau: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n first-year programme code(s) are not in Mengkaart&apos;s vo classification, so they count in no heterogeneous share: %2.</source>
        <translation>
            <numerusform>%1: %n opleidingscode voor leerjaar 1 staat niet in de vo-indeling van Mengkaart en telt dus in geen enkel heterogeen aandeel mee: %2.</numerusform>
            <numerusform>%1: %n opleidingscodes voor leerjaar 1 staan niet in de vo-indeling van Mengkaart en tellen dus in geen enkel heterogeen aandeel mee: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the school year %2 is inferred from the file name; DUO&apos;s file does not state it.</source>
        <translation>%1: het schooljaar %2 is afgeleid uit de bestandsnaam; het DUO-bestand vermeldt het niet.</translation>
    </message>
</context>
<context>
    <name>Mk::VoSummary</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3% interval %4 to %5)</source>
        <translation>%1 %2 (%3%-interval %4 tot %5)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>first years only</source>
        <translation>alleen onderbouw</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4%5; first year %6 pupils, %7 in a heterogeneous class</source>
        <translation>%1 %2 (%3): %4%5; leerjaar 1 %6 leerlingen, %7 in een heterogene brugklas</translation>
    </message>
    <message>
        <source> (categorical)</source>
        <translation> (categoraal)</translation>
    </message>
    <message>
        <source>%1 (year inferred)</source>
        <translation>%1 (jaar afgeleid)</translation>
    </message>
    <message>
        <source>None of them is categorical: each offers at least two levels in the upper years.</source>
        <translation>Geen ervan is categoraal: elke vestiging biedt in de bovenbouw ten minste twee niveaus.</translation>
    </message>
    <message numerus="yes">
        <source>%n vestiging(en) teach only the first years (their pupils go on elsewhere).</source>
        <translation>
            <numerusform>%n vestiging heeft alleen de onderbouw (de leerlingen gaan elders verder).</numerusform>
            <numerusform>%n vestigingen hebben alleen de onderbouw (de leerlingen gaan elders verder).</numerusform>
        </translation>
    </message>
    <message>
        <source>Upper-year pupils by level: %1.</source>
        <translation>Leerlingen in de bovenbouw per niveau: %1.</translation>
    </message>
    <message>
        <source>Segregation by level across the vestigingen: %1; %2; %3.</source>
        <translation>Segregatie naar niveau over de vestigingen: %1; %2; %3.</translation>
    </message>
    <message>
        <source>Of M, %1% lies between the gemeenten of the region and %2% within them.</source>
        <translation>Van M ligt %1% tussen de gemeenten van de regio en %2% binnen de gemeenten.</translation>
    </message>
    <message>
        <source>%1 of the first-year pupils are in a heterogeneous first-year class (a programme that leads to at least two of vmbo, havo and vwo).</source>
        <translation>%1 van de leerlingen in leerjaar 1 zit in een heterogene brugklas (een opleiding die naar ten minste twee van vmbo, havo en vwo leidt).</translation>
    </message>
    <message>
        <source> (%1% interval %2 to %3)</source>
        <translation> (%1%-interval %2 tot %3)</translation>
    </message>
    <message>
        <source>From %1 to %2, M went from %3 to %4, a change of %5%6. Vestigingen that opened (%7) contribute %8, those that closed (%9) %10, and the rest (composition, sizes, who goes where) %11.</source>
        <translation>Van %1 tot %2 ging M van %3 naar %4, een verandering van %5%6. Geopende vestigingen (%7) dragen %8 bij, gesloten vestigingen (%9) %10 en de rest (samenstelling, omvang, wie waarheen gaat) %11.</translation>
    </message>
    <message>
        <source>The heterogeneous first-year share went from %1 to %2.</source>
        <translation>Het aandeel in heterogene brugklassen ging van %1 naar %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n vo vestiging(en) with pupils.</source>
        <translation>
            <numerusform>%1, %2: %n vo-vestiging met leerlingen.</numerusform>
            <numerusform>%1, %2: %n vo-vestigingen met leerlingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are categorical (one level only in the upper years): %1.</source>
        <translation>
            <numerusform>%n daarvan is categoraal (één niveau in de bovenbouw): %1.</numerusform>
            <numerusform>%n daarvan zijn categoraal (één niveau in de bovenbouw): %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::VoronoiCatchmentBuilder</name>
    <message>
        <source>There are no school locations to draw nearest-school areas from. Load schools with coordinates or geocode them by postcode.</source>
        <translation>Er zijn geen schoollocaties om nabijheidsgebieden uit te tekenen. Laad scholen met coördinaten of plaats ze via hun postcode.</translation>
    </message>
    <message>
        <source>The gemeente boundary is empty, so nearest-school areas cannot be clipped to it. Load the areas (buurten or wijken) of the gemeente.</source>
        <translation>De gemeentegrens is leeg, dus de nabijheidsgebieden kunnen er niet op worden afgesneden. Laad de gebieden (buurten of wijken) van de gemeente.</translation>
    </message>
    <message numerus="yes">
        <source>GEOS could not compute the nearest-school areas of %n school location(s).</source>
        <translation>
            <numerusform>GEOS kon de nabijheidsgebieden van %n schoollocatie niet berekenen.</numerusform>
            <numerusform>GEOS kon de nabijheidsgebieden van %n schoollocaties niet berekenen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>GEOS could not clip the nearest-school area around (%1, %2) to the gemeente boundary.</source>
        <translation>GEOS kon het nabijheidsgebied rond (%1, %2) niet afsnijden op de gemeentegrens.</translation>
    </message>
    <message>
        <source>GEOS returned no nearest-school area for the location (%1, %2).</source>
        <translation>GEOS gaf geen nabijheidsgebied terug voor de locatie (%1, %2).</translation>
    </message>
    <message>
        <source>School %1 (%2) has no location and gets no nearest-school area.</source>
        <translation>School %1 (%2) heeft geen locatie en krijgt geen nabijheidsgebied.</translation>
    </message>
    <message>
        <source>School %1 (%2) lies outside the gemeente and no part of the gemeente is nearest to it.</source>
        <translation>School %1 (%2) ligt buiten de gemeente en geen enkel deel van de gemeente ligt het dichtst bij deze school.</translation>
    </message>
    <message>
        <source>Schools %1 share one address and therefore one nearest-school area.</source>
        <translation>De scholen %1 delen één adres en daarom één nabijheidsgebied.</translation>
    </message>
</context>
<context>
    <name>Mk::VveLoader</name>
    <message>
        <source>%1 has no VVE column (looked for vve, is_vve, vve_erkend). Its columns are: %2. Add a column &quot;vve&quot; with ja/nee.</source>
        <translation>%1 heeft geen VVE-kolom (gezocht naar vve, is_vve, vve_erkend). De kolommen zijn: %2. Voeg een kolom &quot;vve&quot; toe met ja/nee.</translation>
    </message>
    <message>
        <source>%1, %2: the id %3 occurs twice. Remove the duplicate row.</source>
        <translation>%1, %2: het id %3 komt twee keer voor. Verwijder de dubbele rij.</translation>
    </message>
    <message>
        <source>%1 has neither coordinates nor a postcode column, so its locations cannot be placed. Add a postcode column or x/y coordinates.</source>
        <translation>%1 heeft geen coördinaten en geen postcodekolom, dus de locaties kunnen niet worden geplaatst. Voeg een postcodekolom of x/y-coördinaten toe.</translation>
    </message>
    <message>
        <source>%1, %2: the id (column &quot;%3&quot;) is empty. Fill it in or remove the row.</source>
        <translation>%1, %2: het id (kolom &quot;%3&quot;) is leeg. Vul het in of verwijder de rij.</translation>
    </message>
    <message>
        <source>%1, %2, column &quot;%3&quot;: &quot;%4&quot; is not ja/nee (yes/no, 1/0). Correct the cell.</source>
        <translation>%1, %2, kolom &quot;%3&quot;: &quot;%4&quot; is geen ja/nee (ook yes/no, 1/0). Corrigeer de cel.</translation>
    </message>
    <message>
        <source>%1 contains no locations (only a header). Choose the file with the location rows.</source>
        <translation>%1 bevat geen locaties (alleen een kopregel). Kies het bestand met de rijen van de locaties.</translation>
    </message>
    <message>
        <source>%1, %2, column &quot;%3&quot;: %4 cannot be the places of one childcare location (0 to %5); the capacity of %6 was left empty. Correct the cell.</source>
        <translation>%1, %2, kolom &quot;%3&quot;: %4 kan niet het aantal plaatsen van één locatie voor kinderopvang zijn (0 tot %5); de capaciteit van %6 is leeg gelaten. Verbeter de cel.</translation>
    </message>
</context>
<context>
    <name>Mk::WelcomeWidget</name>
    <message>
        <source>Mengkaart</source>
        <translation>Mengkaart</translation>
    </message>
    <message>
        <source>See how mixed the schools in your gemeente are, compare each school with its neighbourhood, and prepare the segregation item of the LEA meeting.</source>
        <translation>Zie hoe gemengd de scholen in uw gemeente zijn, vergelijk elke school met haar omgeving en bereid het agendapunt segregatie van het LEA-overleg voor.</translation>
    </message>
    <message>
        <source>Open demo gemeente (Baarn)</source>
        <translation>Demogemeente openen (Baarn)</translation>
    </message>
    <message>
        <source>Real CBS 2024 buurten and DUO 2024 schools of Baarn, shipped with the program.</source>
        <translation>Echte CBS-buurten 2024 en DUO-scholen 2024 van Baarn, meegeleverd met het programma.</translation>
    </message>
    <message>
        <source>New analysis…</source>
        <translation>Nieuwe analyse…</translation>
    </message>
    <message>
        <source>Choose the buurt file, your gemeente and the school file; map the columns.</source>
        <translation>Kies het buurtbestand, uw gemeente en het schoolbestand; koppel de kolommen.</translation>
    </message>
    <message>
        <source>Recent analyses</source>
        <translation>Recente analyses</translation>
    </message>
    <message>
        <source>No recent analyses yet.</source>
        <translation>Nog geen recente analyses.</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Project openen…</translation>
    </message>
    <message>
        <source>Open a project you saved earlier (.mengkaart).</source>
        <translation>Een eerder opgeslagen project openen (.mengkaart).</translation>
    </message>
    <message>
        <source>Every gemeente: type a name or code, e.g. Nijmegen</source>
        <translation>Elke gemeente: typ een naam of code, bijv. Nijmegen</translation>
    </message>
    <message>
        <source>CBS wijken 2022, DUO schools and pupils by home postcode 2024, CBS PC4 figures and SES-WOA, Inspectie schoolweging; all shipped with the program, nothing is downloaded.</source>
        <translation>CBS-wijken 2022, DUO-scholen en leerlingen naar woonpostcode 2024, CBS-cijfers per PC4 en SES-WOA, schoolweging van de Inspectie; alles wordt met het programma meegeleverd, er wordt niets gedownload.</translation>
    </message>
    <message>
        <source>Open gemeente</source>
        <translation>Gemeente openen</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Recente projecten</translation>
    </message>
    <message>
        <source>No saved projects yet.</source>
        <translation>Nog geen opgeslagen projecten.</translation>
    </message>
</context>
<context>
    <name>Mk::detail::GdalDataset</name>
    <message>
        <source>No file was given.</source>
        <translation>Er is geen bestand opgegeven.</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Check the path and the file name.</source>
        <translation>Het bestand %1 bestaat niet. Controleer het pad en de bestandsnaam.</translation>
    </message>
    <message>
        <source>The file %1 is empty. Export the data again or choose another file.</source>
        <translation>Het bestand %1 is leeg. Exporteer de gegevens opnieuw of kies een ander bestand.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2. Check that you may read it.</source>
        <translation>Het bestand %1 kan niet worden geopend: %2. Controleer of u het mag lezen.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8; it was read as Windows-1252.</source>
        <translation>%1 is geen UTF-8; het is gelezen als Windows-1252.</translation>
    </message>
    <message>
        <source>%1 could not be prepared for reading.</source>
        <translation>%1 kon niet worden voorbereid om te lezen.</translation>
    </message>
    <message>
        <source>The file %1 could not be read; it may be damaged or incomplete (for example a download that was cut off). Export or download it again.</source>
        <translation>Het bestand %1 kon niet worden gelezen; het is misschien beschadigd of onvolledig (bijvoorbeeld een afgebroken download). Exporteer of download het opnieuw.</translation>
    </message>
    <message>
        <source>The file %1 is not in a format Mengkaart can read. Use a GeoPackage (.gpkg), shapefile (.shp), GeoJSON or CSV file.</source>
        <translation>Het bestand %1 heeft een indeling die Mengkaart niet kan lezen. Gebruik een GeoPackage (.gpkg), shapefile (.shp), GeoJSON- of CSV-bestand.</translation>
    </message>
    <message>
        <source>The file %1 contains no table or map layer. Choose a file with data.</source>
        <translation>Het bestand %1 bevat geen tabel of kaartlaag. Kies een bestand met gegevens.</translation>
    </message>
    <message>
        <source>The shapefile %1 is incomplete: %2 is missing. A shapefile is several files with the same name (.shp, .shx, .dbf and .prj); copy them all into one folder.</source>
        <translation>De shapefile %1 is onvolledig: %2 ontbreekt. Een shapefile bestaat uit meerdere bestanden met dezelfde naam (.shp, .shx, .dbf en .prj); kopieer ze allemaal naar één map.</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer but a web address or a GDAL virtual path. Mengkaart works offline and reads only local files: download the file first and choose the downloaded copy.</source>
        <translation>%1 is geen bestand op deze computer maar een webadres of een virtueel GDAL-pad. Mengkaart werkt offline en leest alleen lokale bestanden: download het bestand eerst en kies de gedownloade kopie.</translation>
    </message>
    <message>
        <source>%1 refers to %2 on the internet (its XML schema), which GDAL would download. Mengkaart works offline and does not open such files: save the layer as a GeoPackage (.gpkg) in a GIS such as QGIS, or remove the remote schemaLocation.</source>
        <translation>%1 verwijst naar %2 op internet (het XML-schema), dat GDAL zou downloaden. Mengkaart werkt offline en opent zulke bestanden niet: sla de laag op als GeoPackage (.gpkg) in een GIS zoals QGIS, of verwijder de externe schemaLocation.</translation>
    </message>
    <message>
        <source>%1 is in the format &quot;%2&quot; (GDAL driver %3). Mengkaart does not open this format, because such a file can make GDAL read other files or contact servers. Save the layer as a GeoPackage (.gpkg) in a GIS such as QGIS.</source>
        <translation>%1 heeft de indeling &quot;%2&quot; (GDAL-driver %3). Mengkaart opent deze indeling niet, omdat zo&apos;n bestand GDAL andere bestanden kan laten lezen of contact kan laten maken met servers. Sla de laag op als GeoPackage (.gpkg) in een GIS zoals QGIS.</translation>
    </message>
    <message>
        <source>The GeoPackage %1 is damaged: SQLite&apos;s check of the file failed, so some of its data cannot be trusted. Download or export it again.</source>
        <translation>De GeoPackage %1 is beschadigd: de controle van SQLite op het bestand is mislukt, dus een deel van de gegevens is niet te vertrouwen. Download of exporteer het opnieuw.</translation>
    </message>
    <message>
        <source>The header line of %1 mixes separators (semicolons, commas or tabs outside quotes). Put the column names that contain a separator in double quotes, or export the file again with one separator.</source>
        <translation>De kopregel van %1 mengt scheidingstekens (puntkomma&apos;s, komma&apos;s of tabs buiten aanhalingstekens). Zet kolomnamen die een scheidingsteken bevatten tussen dubbele aanhalingstekens, of exporteer het bestand opnieuw met één scheidingsteken.</translation>
    </message>
</context>
<context>
    <name>Mk::detail::PointColumns</name>
    <message>
        <source>%1, %2: the coordinates (%3, %4) in columns &quot;%5&quot;/&quot;%6&quot; are not RD New metres in the Netherlands; they were ignored.</source>
        <translation>%1, %2: de coördinaten (%3, %4) in de kolommen &quot;%5&quot;/&quot;%6&quot; zijn geen RD New-meters in Nederland; ze zijn genegeerd.</translation>
    </message>
    <message>
        <source>%1, %2: longitude/latitude (%3, %4) lie outside the Netherlands (are the columns swapped?); they were ignored.</source>
        <translation>%1, %2: lengte-/breedtegraad (%3, %4) ligt buiten Nederland (zijn de kolommen verwisseld?); deze coördinaten zijn genegeerd.</translation>
    </message>
    <message>
        <source>%1, %2: the point (%3, %4 in RD New metres) lies outside the Netherlands; it was ignored. Check its position, or the layer&apos;s coordinate reference system, in a GIS.</source>
        <translation>%1, %2: het punt (%3, %4 in RD New-meters) ligt buiten Nederland; het is genegeerd. Controleer de ligging, of het coördinatenstelsel van de laag, in een GIS.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A Mengkaart project to open (.mengkaart).</source>
        <translation>Een Mengkaart-project om te openen (.mengkaart).</translation>
    </message>
</context>
</TS>
