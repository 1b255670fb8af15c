<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Mk::AdmissionRulesDescription</name>
    <message numerus="yes">
        <source>children for whom the school is one of their %n nearest</source>
        <translation>
            <numerusform>children for whom the school is one of their %n nearest</numerusform>
            <numerusform>children for whom the school is one of their %n nearest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) per school</source>
        <translation>
            <numerusform>%n seat per school</numerusform>
            <numerusform>%n seats per school</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>families list up to %n school(s)</source>
        <translation>
            <numerusform>families list up to %n school</numerusform>
            <numerusform>families list up to %n schools</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::AfspiegelingDock</name>
    <message numerus="yes">
        <source>%n of %1 school(s) do not mirror their catchment area.</source>
        <translation>
            <numerusform>%n of %1 schools does not mirror its catchment area.</numerusform>
            <numerusform>%n of %1 schools do not mirror their catchment area.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schoolweging: %n of %1 school(s) differ from their pupils&apos; neighbourhoods (%2 possibly).</source>
        <translation>
            <numerusform>Schoolweging: %n of %1 schools differs from its pupils&apos; neighbourhoods (%2 possibly).</numerusform>
            <numerusform>Schoolweging: %n of %1 schools differ from their pupils&apos; neighbourhoods (%2 possibly).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::AreaLoader</name>
    <message numerus="yes">
        <source>%1: %n water-only area(s) (WATER = JA) were skipped.</source>
        <translation>
            <numerusform>%1: %n water-only area (WATER = JA) was skipped.</numerusform>
            <numerusform>%1: %n water-only areas (WATER = JA) were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::Briefing</name>
    <message numerus="yes">
        <source>%n primary school(s)</source>
        <translation>
            <numerusform>%n primary school</numerusform>
            <numerusform>%n primary schools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) differ clearly from their catchment area; the table names them.</source>
        <translation>
            <numerusform>%n school differs clearly from its catchment area; the table names it.</numerusform>
            <numerusform>%n schools differ clearly from their catchment area; the table names them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n LEA goal(s) are met at their current value.</source>
        <translation>
            <numerusform>%1 of %n LEA goal is met at its current value.</numerusform>
            <numerusform>%1 of %n LEA goals are met at their current value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) in the school table rest on fewer than %1 children, or would give such a figure away; they are shown as %2.</source>
        <translation>
            <numerusform>%n figure in the school table rests on fewer than %1 children, or would give such a figure away; it is shown as %2.</numerusform>
            <numerusform>%n figures in the school table rest on fewer than %1 children, or would give such a figure away; they are shown as %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::BriefingDialog</name>
    <message numerus="yes">
        <source>%n page(s), A4.</source>
        <translation>
            <numerusform>%n page, A4.</numerusform>
            <numerusform>%n pages, A4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::CatchmentAnalysis</name>
    <message numerus="yes">
        <source>%n school(s) other than regular primary schools are left out of the catchments: %1.</source>
        <translation>
            <numerusform>%n school other than regular primary schools is left out of the catchments: %1.</numerusform>
            <numerusform>%n schools other than regular primary schools are left out of the catchments: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::ChoiceModelFit</name>
    <message numerus="yes">
        <source>one distance decay per group of &quot;%1&quot;, fitted on the flows split by group (iterative proportional fitting to the postcodes&apos; group shares and the observed composition of %n school(s))</source>
        <translation>
            <numerusform>one distance decay per group of &quot;%1&quot;, fitted on the flows split by group (iterative proportional fitting to the postcodes&apos; group shares and the observed composition of %n school)</numerusform>
            <numerusform>one distance decay per group of &quot;%1&quot;, fitted on the flows split by group (iterative proportional fitting to the postcodes&apos; group shares and the observed composition of %n schools)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The distance decay cannot be fitted: the flows have pupils at %n school(s) inside the choice sets, and a choice needs at least two.</source>
        <translation>
            <numerusform>The distance decay cannot be fitted: the flows have pupils at %n school inside the choice sets, and a choice needs at least two.</numerusform>
            <numerusform>The distance decay cannot be fitted: the flows have pupils at %n schools inside the choice sets, and a choice needs at least two.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::Cli</name>
    <message numerus="yes">
        <source>Left out (no score): %n unit(s), e.g. %1</source>
        <translation>
            <numerusform>Left out (no score): %n unit, e.g. %1</numerusform>
            <numerusform>Left out (no score): %n units, e.g. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Project &quot;%1&quot; (%2) saved to %3 with %n goal(s).</source>
        <translation>
            <numerusform>Project &quot;%1&quot; (%2) saved to %3 with %n goal.</numerusform>
            <numerusform>Project &quot;%1&quot; (%2) saved to %3 with %n goals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln from the school file</source>
        <translation>
            <numerusform>%Ln from the school file</numerusform>
            <numerusform>%Ln from the school file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln from the pupils file</source>
        <translation>
            <numerusform>%Ln from the pupils file</numerusform>
            <numerusform>%Ln from the pupils file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln estimated from pupils by home postcode</source>
        <translation>
            <numerusform>%Ln estimated from pupils by home postcode</numerusform>
            <numerusform>%Ln estimated from pupils by home postcode</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a count</source>
        <translation>
            <numerusform>%Ln without a count</numerusform>
            <numerusform>%Ln without a count</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Briefing for %1 written to %2 (%n page(s)).</source>
        <translation>
            <numerusform>Briefing for %1 written to %2 (%n page).</numerusform>
            <numerusform>Briefing for %1 written to %2 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It holds %n scenario(s).</source>
        <translation>
            <numerusform>It holds %n scenario.</numerusform>
            <numerusform>It holds %n scenarios.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::ColumnMapping</name>
    <message numerus="yes">
        <source>%1, characteristic &quot;%2&quot;: the percentages of its groups (columns %3) do not add up to 100 in %n area(s): %4. Nothing is rescaled: the counts follow the percentages as given, so every share in the analysis is a share of the mapped groups only. If a group is missing, add it to the column mapping as the remainder ({&quot;name&quot;: &quot;...&quot;, &quot;remainder&quot;: true}) or map its column.</source>
        <translation>
            <numerusform>%1, characteristic &quot;%2&quot;: the percentages of its groups (columns %3) do not add up to 100 in %n area: %4. Nothing is rescaled: the counts follow the percentages as given, so every share in the analysis is a share of the mapped groups only. If a group is missing, add it to the column mapping as the remainder ({&quot;name&quot;: &quot;...&quot;, &quot;remainder&quot;: true}) or map its column.</numerusform>
            <numerusform>%1, characteristic &quot;%2&quot;: the percentages of its groups (columns %3) do not add up to 100 in %n areas: %4. Nothing is rescaled: the counts follow the percentages as given, so every share in the analysis is a share of the mapped groups only. If a group is missing, add it to the column mapping as the remainder ({&quot;name&quot;: &quot;...&quot;, &quot;remainder&quot;: true}) or map its column.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, characteristic &quot;%2&quot;: the groups other than the remainder &quot;%3&quot; (columns %4) add up to more than 100 in %n area(s): %5. The remainder is 0 there. Check that these columns are percentages of the same people and do not overlap.</source>
        <translation>
            <numerusform>%1, characteristic &quot;%2&quot;: the groups other than the remainder &quot;%3&quot; (columns %4) add up to more than 100 in %n area: %5. The remainder is 0 there. Check that these columns are percentages of the same people and do not overlap.</numerusform>
            <numerusform>%1, characteristic &quot;%2&quot;: the groups other than the remainder &quot;%3&quot; (columns %4) add up to more than 100 in %n areas: %5. The remainder is 0 there. Check that these columns are percentages of the same people and do not overlap.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, characteristic &quot;%2&quot;: only %n group(s) have members in any area, and segregation needs two. Check that the column mapping names the right columns for this file.</source>
        <translation>
            <numerusform>%1, characteristic &quot;%2&quot;: only %n group has members in any area, and segregation needs two. Check that the column mapping names the right columns for this file.</numerusform>
            <numerusform>%1, characteristic &quot;%2&quot;: only %n groups have members in any area, and segregation needs two. Check that the column mapping names the right columns for this file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::DataFileCheck</name>
    <message numerus="yes">
        <source>Pupil counts of %n vestiging(en).</source>
        <translation>
            <numerusform>Pupil counts of %n vestiging.</numerusform>
            <numerusform>Pupil counts of %n vestigingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pupil counts of %n vestiging(en), %1 of them in %2.</source>
        <translation>
            <numerusform>Pupil counts of %n vestiging, %1 of them in %2.</numerusform>
            <numerusform>Pupil counts of %n vestigingen, %1 of them in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pupils of %n school(s), from %1.</source>
        <extracomment>%1 = &quot;25 home postcodes&quot;: the four-digit postcodes the pupils live in</extracomment>
        <translation>
            <numerusform>Pupils of %n school, from %1.</numerusform>
            <numerusform>Pupils of %n schools, from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n home postcode(s)</source>
        <translation>
            <numerusform>%n home postcode</numerusform>
            <numerusform>%n home postcodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) of figures for %1.</source>
        <extracomment>%1 = &quot;4 070 postcodes&quot;</extracomment>
        <translation>
            <numerusform>%n column of figures for %1.</numerusform>
            <numerusform>%n columns of figures for %1.</numerusform>
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
            <numerusform>The position of %n postcode.</numerusform>
            <numerusform>The positions of %n postcodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) in layer &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n area in layer &quot;%1&quot;.</numerusform>
            <numerusform>%n areas in layer &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) of %2 in layer &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n area of %2 in layer &quot;%1&quot;.</numerusform>
            <numerusform>%n areas of %2 in layer &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s), %1 of them with VVE.</source>
        <translation>
            <numerusform>%n location, %1 of them with VVE.</numerusform>
            <numerusform>%n locations, %1 of them with VVE.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s) have no coordinates; they are placed at their postcode when the postcode positions (PC4) are given too.</source>
        <translation>
            <numerusform>%n location has no coordinates; it is placed at its postcode when the postcode positions (PC4) are given too.</numerusform>
            <numerusform>%n locations have no coordinates; they are placed at their postcode when the postcode positions (PC4) are given too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pupils of %n school(s) in the groups %1.</source>
        <extracomment>%1 = the group names, e.g. &quot;laag, midden, hoog&quot;</extracomment>
        <translation>
            <numerusform>Pupils of %n school in the groups %1.</numerusform>
            <numerusform>Pupils of %n schools in the groups %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schoolweging of %n school(s) over %1 school years, %2 to %3.</source>
        <extracomment>%1 = how many school years, %2 = the first, %3 = the last (e.g. 2021-2022)</extracomment>
        <translation>
            <numerusform>Schoolweging of %n school over %1 school years, %2 to %3.</numerusform>
            <numerusform>Schoolweging of %n schools over %1 school years, %2 to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schoolweging of %n school(s) for %1.</source>
        <extracomment>%1 = a school year, or the years of a three-year mean</extracomment>
        <translation>
            <numerusform>Schoolweging of %n school for %1.</numerusform>
            <numerusform>Schoolweging of %n schools for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schoolweging of %n school(s).</source>
        <translation>
            <numerusform>Schoolweging of %n school.</numerusform>
            <numerusform>Schoolweging of %n schools.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::DataFileRow</name>
    <message numerus="yes">
        <source>…and %n more note(s).</source>
        <translation>
            <numerusform>…and %n more note.</numerusform>
            <numerusform>…and %n more notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::DatasetLoader</name>
    <message numerus="yes">
        <source>%n school(s) lie outside the gemeente boundary: %1. Check their coordinates or postcode; they are kept but marked as outside.</source>
        <translation>
            <numerusform>%n school lies outside the gemeente boundary: %1. Check its coordinates or postcode; it is kept but marked as outside.</numerusform>
            <numerusform>%n schools lie outside the gemeente boundary: %1. Check their coordinates or postcode; they are kept but marked as outside.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n school id(s) are not among the loaded schools: %2. Check that they are BRIN + vestigingsnummer, as in the school file.</source>
        <translation>
            <numerusform>%1: %n school id is not among the loaded schools: %2. Check that it is BRIN + vestigingsnummer, as in the school file.</numerusform>
            <numerusform>%1: %n school ids are not among the loaded schools: %2. Check that they are BRIN + vestigingsnummer, as in the school file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) could not be placed on the map (no coordinates, and their postcode is not in the centroid table): %1. Add their coordinates, or the postcode positions (PC4) under Additional data in File → New analysis… (on the command line --postcode-centroids).</source>
        <translation>
            <numerusform>%n school could not be placed on the map (no coordinates, and its postcode is not in the centroid table): %1. Add its coordinates, or the postcode positions (PC4) under Additional data in File → New analysis… (on the command line --postcode-centroids).</numerusform>
            <numerusform>%n schools could not be placed on the map (no coordinates, and their postcode is not in the centroid table): %1. Add their coordinates, or the postcode positions (PC4) under Additional data in File → New analysis… (on the command line --postcode-centroids).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VVE location(s) could not be placed: %1. Add their coordinates, or the postcode positions (PC4) under Additional data in File → New analysis… (on the command line --postcode-centroids).</source>
        <translation>
            <numerusform>%n VVE location could not be placed: %1. Add its coordinates, or the postcode positions (PC4) under Additional data in File → New analysis… (on the command line --postcode-centroids).</numerusform>
            <numerusform>%n VVE locations could not be placed: %1. Add their coordinates, or the postcode positions (PC4) under Additional data in File → New analysis… (on the command line --postcode-centroids).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::DiagnosticsDock</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n note(s) shown</source>
        <translation>
            <numerusform>%1 of %n note shown</numerusform>
            <numerusform>%1 of %n notes shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::DuoCountColumns</name>
    <message numerus="yes">
        <source>sum of %n column(s)</source>
        <translation>
            <numerusform>sum of %n column</numerusform>
            <numerusform>sum of %n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::HousingDialog</name>
    <message numerus="yes">
        <source>Housing in the area drawn (%n corner(s)).</source>
        <translation>
            <numerusform>Housing in the area drawn (%n corner).</numerusform>
            <numerusform>Housing in the area drawn (%n corners).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::ImportWizard</name>
    <message numerus="yes">
        <source>%n gemeente(n) in the file. Type a few letters of the name or the code to find one.</source>
        <translation>
            <numerusform>%n gemeente in the file. Type a few letters of the name or the code to find it.</numerusform>
            <numerusform>%n gemeenten in the file. Type a few letters of the name or the code to find one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::IndexInput</name>
    <message numerus="yes">
        <source>Segregation needs at least two groups, but %n group column(s) were given. Name two or more groups.</source>
        <translation>
            <numerusform>Segregation needs at least two groups, but %n group column was given. Name two or more groups.</numerusform>
            <numerusform>Segregation needs at least two groups, but %n group columns were given. Name two or more groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n group(s) have members in any unit, and segregation needs two; no members: %1. Check the group columns of the input.</source>
        <translation>
            <numerusform>Only %n group has members in any unit, and segregation needs two; no members: %1. Check the group columns of the input.</numerusform>
            <numerusform>Only %n groups have members in any unit, and segregation needs two; no members: %1. Check the group columns of the input.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::LibraryMessages</name>
    <message numerus="yes">
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1 (%n time)</numerusform>
            <numerusform>%1 (%n times)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further library message(s) not shown.</source>
        <translation>
            <numerusform>%n further library message not shown.</numerusform>
            <numerusform>%n further library messages not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::MainWindow</name>
    <message numerus="yes">
        <source>%1 opened; %n note(s) about the data.</source>
        <translation>
            <numerusform>%1 opened; %n note about the data.</numerusform>
            <numerusform>%1 opened; %n notes about the data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Secondary schools of %1 loaded: %n vestiging(en).</source>
        <translation>
            <numerusform>Secondary schools of %1 loaded: %n vestiging.</numerusform>
            <numerusform>Secondary schools of %1 loaded: %n vestigingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) about the data</source>
        <translation>
            <numerusform>%n note about the data</numerusform>
            <numerusform>%n notes about the data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::PostcodeLoader</name>
    <message numerus="yes">
        <source>%n postcode(s) of the statistics have no centroid in %1; they cannot be placed on the map.</source>
        <translation>
            <numerusform>%n postcode of the statistics has no centroid in %1; it cannot be placed on the map.</numerusform>
            <numerusform>%n postcodes of the statistics have no centroid in %1; they cannot be placed on the map.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n postcode(s) occur on more than one line, for example %2; each gets the position of its last line. A PC4 centroid table has one line per four-digit postcode: check that this is not a list of schools or addresses.</source>
        <translation>
            <numerusform>%1: %n postcode occurs on more than one line, for example %2; it gets the position of its last line. A PC4 centroid table has one line per four-digit postcode: check that this is not a list of schools or addresses.</numerusform>
            <numerusform>%1: %n postcodes occur on more than one line, for example %2; each gets the position of its last line. A PC4 centroid table has one line per four-digit postcode: check that this is not a list of schools or addresses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::PupilCountLoader</name>
    <message numerus="yes">
        <source>%1: %n vestiging(en) are not among the loaded schools, so their pupils were not used: %2. Check that the school file is of the same year and holds every vestiging.</source>
        <translation>
            <numerusform>%1: %n vestiging is not among the loaded schools, so its pupils were not used: %2. Check that the school file is of the same year and holds every vestiging.</numerusform>
            <numerusform>%1: %n vestigingen are not among the loaded schools, so their pupils were not used: %2. Check that the school file is of the same year and holds every vestiging.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has no pupils for %n school(s): %2. They keep the count of the school file, if it has one; check their BRIN and vestigingscode.</source>
        <translation>
            <numerusform>%1 has no pupils for %n school: %2. It keeps the count of the school file, if it has one; check its BRIN and vestigingscode.</numerusform>
            <numerusform>%1 has no pupils for %n schools: %2. They keep the count of the school file, if it has one; check their BRIN and vestigingscode.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) have no pupil count in the school file; their count is estimated from %1 (a &quot;&lt;5&quot; cell counts as 2.5): %2.</source>
        <translation>
            <numerusform>%n school has no pupil count in the school file; its count is estimated from %1 (a &quot;&lt;5&quot; cell counts as 2.5): %2.</numerusform>
            <numerusform>%n schools have no pupil count in the school file; their count is estimated from %1 (a &quot;&lt;5&quot; cell counts as 2.5): %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::ScenarioCalibrator</name>
    <message numerus="yes">
        <source>mean of %n Monte-Carlo run(s) of the baseline</source>
        <translation>
            <numerusform>mean of %n Monte-Carlo run of the baseline</numerusform>
            <numerusform>mean of %n Monte-Carlo runs of the baseline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::ScenarioDock</name>
    <message numerus="yes">
        <source>stored in the scenario (distance weight %1; %n school constant(s))</source>
        <translation>
            <numerusform>stored in the scenario (distance weight %1; %n school constant)</numerusform>
            <numerusform>stored in the scenario (distance weight %1; %n school constants)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::ScenarioListModel</name>
    <message numerus="yes">
        <source>%n change(s), %1 runs, seed %2</source>
        <translation>
            <numerusform>%n change, %1 runs, seed %2</numerusform>
            <numerusform>%n changes, %1 runs, seed %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::ScenarioResultsDock</name>
    <message numerus="yes">
        <source>&lt;i&gt;Preview, %n run(s)&lt;/i&gt; (the full run follows when the mouse is released). %1</source>
        <translation>
            <numerusform>&lt;i&gt;Preview, %n run&lt;/i&gt; (the full run follows when the mouse is released). %1</numerusform>
            <numerusform>&lt;i&gt;Preview, %n runs&lt;/i&gt; (the full run follows when the mouse is released). %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::School</name>
    <message numerus="yes">
        <source>%n count(s) were &quot;&lt;5&quot; (1 to 4 pupils) and count as 2.5 each: the true number lies between %1 and %2.</source>
        <translation>
            <numerusform>%n count was &quot;&lt;5&quot; (1 to 4 pupils) and counts as 2.5: the true number lies between %1 and %2.</numerusform>
            <numerusform>%n counts were &quot;&lt;5&quot; (1 to 4 pupils) and count as 2.5 each: the true number lies between %1 and %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::SchoolLoader</name>
    <message numerus="yes">
        <source>%1: %n row(s) repeated an earlier row of the same school exactly and were skipped (%2).</source>
        <translation>
            <numerusform>%1: %n row repeated an earlier row of the same school exactly and was skipped (%2).</numerusform>
            <numerusform>%1: %n rows repeated an earlier row of the same school exactly and were skipped (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::SchoolwegingFit</name>
    <message numerus="yes">
        <source>%n schools with both a schoolweging and pupils by home postcode: too few to fit the model (at least %1 needed).</source>
        <translation>
            <numerusform>%n school with both a schoolweging and pupils by home postcode: too few to fit the model (at least %1 needed).</numerusform>
            <numerusform>%n schools with both a schoolweging and pupils by home postcode: too few to fit the model (at least %1 needed).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::ShortList</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::SimulationWorld</name>
    <message numerus="yes">
        <source>%n school(s) have no capacity in the data; their capacity is assumed to be their pupils plus 10 %.</source>
        <translation>
            <numerusform>%n school has no capacity in the data; its capacity is assumed to be its pupils plus 10 %.</numerusform>
            <numerusform>%n schools have no capacity in the data; their capacity is assumed to be their pupils plus 10 %.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::VoAnalysis</name>
    <message numerus="yes">
        <source>%1: %n vestiging(en) are not in the vo address file, so their gemeente is unknown and they are in no area: %2. Use an address file of the same school year.</source>
        <translation>
            <numerusform>%1: %n vestiging is not in the vo address file, so its gemeente is unknown and it is in no area: %2. Use an address file of the same school year.</numerusform>
            <numerusform>%1: %n vestigingen are not in the vo address file, so their gemeente is unknown and they are in no area: %2. Use an address file of the same school year.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::VoDataLoader</name>
    <message numerus="yes">
        <source>%n vo vestiging(en) could not be placed on the map (not in the located school file, PC4 unknown): %1. They count in every figure but have no symbol.</source>
        <translation>
            <numerusform>%n vo vestiging could not be placed on the map (not in the located school file, PC4 unknown): %1. It counts in every figure but has no symbol.</numerusform>
            <numerusform>%n vo vestigingen could not be placed on the map (not in the located school file, PC4 unknown): %1. They count in every figure but have no symbol.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::VoPupilLoader</name>
    <message numerus="yes">
        <source>%1: %n onderwijstype(s) are not in Mengkaart&apos;s vo classification, so their pupils count in the vestiging&apos;s total but in no level: %2.</source>
        <translation>
            <numerusform>%1: %n onderwijstype is not in Mengkaart&apos;s vo classification, so its pupils count in the vestiging&apos;s total but in no level: %2.</numerusform>
            <numerusform>%1: %n onderwijstypes are not in Mengkaart&apos;s vo classification, so their pupils count in the vestiging&apos;s total but in no level: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n first-year programme code(s) are not in Mengkaart&apos;s vo classification, so they count in no heterogeneous share: %2.</source>
        <translation>
            <numerusform>%1: %n first-year programme code is not in Mengkaart&apos;s vo classification, so it counts in no heterogeneous share: %2.</numerusform>
            <numerusform>%1: %n first-year programme codes are not in Mengkaart&apos;s vo classification, so they count in no heterogeneous share: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::VoSummary</name>
    <message numerus="yes">
        <source>%n vestiging(en) teach only the first years (their pupils go on elsewhere).</source>
        <translation>
            <numerusform>%n vestiging teaches only the first years (its pupils go on elsewhere).</numerusform>
            <numerusform>%n vestigingen teach only the first years (their pupils go on elsewhere).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n vo vestiging(en) with pupils.</source>
        <translation>
            <numerusform>%1, %2: %n vo vestiging with pupils.</numerusform>
            <numerusform>%1, %2: %n vo vestigingen with pupils.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are categorical (one level only in the upper years): %1.</source>
        <translation>
            <numerusform>%n of them is categorical (one level only in the upper years): %1.</numerusform>
            <numerusform>%n of them are categorical (one level only in the upper years): %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mk::VoronoiCatchmentBuilder</name>
    <message numerus="yes">
        <source>GEOS could not compute the nearest-school areas of %n school location(s).</source>
        <translation>
            <numerusform>GEOS could not compute the nearest-school area of %n school location.</numerusform>
            <numerusform>GEOS could not compute the nearest-school areas of %n school locations.</numerusform>
        </translation>
    </message>
</context>
</TS>
