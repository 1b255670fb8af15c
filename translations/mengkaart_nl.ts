<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
        <source>Unknown command "%1".</source>
        <translation>Onbekende opdracht "%1".</translation>
    </message>
</context>
<context>
    <name>Mk::MainWindow</name>
    <message>
        <source>Mengkaart</source>
        <translation>Mengkaart</translation>
    </message>
</context>
<context>
    <name>main</name>
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
</context>
</TS>