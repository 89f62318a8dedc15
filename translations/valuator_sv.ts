<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AuditCommand</name>
    <message>
        <source>Verify the audit log&apos;s hash chain (verify) or list its newest entries (list).</source>
        <translation>Verifiera granskningsloggens hashkedja (verify) eller lista de senaste posterna (list).</translation>
    </message>
    <message>
        <source>verify or list</source>
        <translation>verify eller list</translation>
    </message>
    <message>
        <source>With list: how many entries (default 20).</source>
        <translation>Med list: hur många poster (standard 20).</translation>
    </message>
    <message>
        <source>expected &apos;verify&apos; or &apos;list&apos;</source>
        <translation>förväntade &apos;verify&apos; eller &apos;list&apos;</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n row(s) verified.</source>
        <translation>
            <numerusform>Granskningsloggen är intakt: %n rad verifierad.</numerusform>
            <numerusform>Granskningsloggen är intakt: %n rader verifierade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log BROKEN at row %1: %2</source>
        <translation>Granskningsloggen är BRUTEN vid rad %1: %2</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit kräver ett positivt tal</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit entry needs an actor and an action.</source>
        <translation>En granskningspost kräver en aktör och en åtgärd.</translation>
    </message>
    <message>
        <source>The audit log starts at entry %1 instead of entry 1: earlier entries were deleted.</source>
        <translation>Granskningsloggen börjar vid post %1 i stället för post 1: tidigare poster har raderats.</translation>
    </message>
    <message>
        <source>Audit entry %1 follows entry %2: the entries in between were deleted.</source>
        <translation>Granskningspost %1 följer efter post %2: posterna däremellan har raderats.</translation>
    </message>
    <message>
        <source>Audit entry 1 does not start the chain: its previous hash is not the initial value.</source>
        <translation>Granskningspost 1 inleder inte kedjan: dess föregående hashvärde är inte startvärdet.</translation>
    </message>
    <message>
        <source>The link from audit entry %1 to entry %2 is broken: entry %2 does not carry the hash of entry %1 (entries were reordered or re-chained).</source>
        <translation>Länken från granskningspost %1 till post %2 är bruten: post %2 bär inte hashvärdet för post %1 (posterna har ordnats om eller kedjats om).</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written: its content no longer matches its hash.</source>
        <translation>Granskningspost %1 har ändrats efter att den skrevs: innehållet stämmer inte längre med dess hashvärde.</translation>
    </message>
</context>
<context>
    <name>BaselineLearner</name>
    <message>
        <source>Training needs at least one row, each with a finite target.</source>
        <translation>Träningen kräver minst en rad, var och en med ett ändligt målvärde.</translation>
    </message>
</context>
<context>
    <name>BaselineModel</name>
    <message>
        <source>The data lacks the feature &quot;%1&quot; the model needs.</source>
        <translation>Data saknar egenskapen ”%1” som modellen behöver.</translation>
    </message>
    <message>
        <source>The baseline model is damaged or not a baseline model.</source>
        <translation>Baslinjemodellen är skadad eller ingen baslinjemodell.</translation>
    </message>
</context>
<context>
    <name>CarExplainer</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Base value (brand, model, year)</source>
        <translation>Basvärde (märke, modell, årsmodell)</translation>
    </message>
    <message>
        <source>Specification (fuel, gearbox, body, power)</source>
        <translation>Specifikation (drivmedel, växellåda, kaross, effekt)</translation>
    </message>
    <message>
        <source>Mileage adjustment</source>
        <translation>Justering för mätarställning</translation>
    </message>
    <message>
        <source>Other equipment</source>
        <translation>Övrig utrustning</translation>
    </message>
    <message>
        <source>Condition and owners</source>
        <translation>Skick och ägare</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Market timing (sale date)</source>
        <translation>Marknadstidpunkt (försäljningsdatum)</translation>
    </message>
    <message>
        <source>Equipment: %1</source>
        <translation>Utrustning: %1</translation>
    </message>
    <message>
        <source>Other factors</source>
        <translation>Övriga faktorer</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>The model returned no prediction for the car.</source>
        <translation>Modellen returnerade ingen förutsägelse för bilen.</translation>
    </message>
    <message>
        <source>The car&apos;s &quot;%1&quot; has an unusable value: %2 (expected %3).</source>
        <translation>Bilens ”%1” har ett oanvändbart värde: %2 (förväntade %3).</translation>
    </message>
</context>
<context>
    <name>CarSchema</name>
    <message>
        <source>Licence plate</source>
        <translation>Registreringsnummer</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Märke</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>Årsmodell</translation>
    </message>
    <message>
        <source>First registration</source>
        <translation>Första registrering</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>Mätarställning (km)</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Drivmedel</translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation>Växellåda</translation>
    </message>
    <message>
        <source>Body type</source>
        <translation>Karosstyp</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>Effekt (kW)</translation>
    </message>
    <message>
        <source>Engine (l)</source>
        <translation>Motorvolym (l)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Utrustning</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Seller type</source>
        <translation>Säljartyp</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Sale date</source>
        <translation>Försäljningsdatum</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Försäljningspris</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
</context>
<context>
    <name>ChartRenderer</name>
    <message>
        <source>No data</source>
        <translation>Inga data</translation>
    </message>
</context>
<context>
    <name>CleanCommand</name>
    <message>
        <source>Apply cleaning steps to a dataset version and store the result as a new version.</source>
        <translation>Tillämpa rensningssteg på en datamängdsversion och spara resultatet som en ny version.</translation>
    </message>
    <message>
        <source>Dataset version to clean (NAME[@V]).</source>
        <translation>Datamängdsversion att rensa (NAME[@V]).</translation>
    </message>
    <message>
        <source>Steps proposed from the checks: aliases, duplicates, impossible, outliers, whitespace (comma-separated).</source>
        <translation>Steg som kontrollerna föreslår: aliases, duplicates, impossible, outliers, whitespace (kommaseparerade).</translation>
    </message>
    <message>
        <source>Apply a saved cleaning plan (JSON) instead of proposing one.</source>
        <translation>Tillämpa en sparad rensningsplan (JSON) i stället för att föreslå en.</translation>
    </message>
    <message>
        <source>Write the plan that was applied to this JSON file.</source>
        <translation>Skriv den tillämpade planen till den här JSON-filen.</translation>
    </message>
    <message>
        <source>give either --apply STEPS or --plan FILE.json</source>
        <translation>ange antingen --apply STEPS eller --plan FILE.json</translation>
    </message>
    <message>
        <source>Cleaning %1</source>
        <translation>Rensar %1</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>Kan inte läsa ”%1”: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Kan inte skriva ”%1”: %2</translation>
    </message>
    <message>
        <source>Cleaned %1 into %2: %3 rows.</source>
        <translation>Rensade %1 till %2: %3 rader.</translation>
    </message>
</context>
<context>
    <name>CleanerSteps</name>
    <message>
        <source>The table has no text column %1.</source>
        <translation>Tabellen har ingen textkolumn %1.</translation>
    </message>
    <message>
        <source>The cleaning step needs the text column %1.</source>
        <translation>Rensningssteget kräver textkolumnen %1.</translation>
    </message>
    <message>
        <source>The table has no column %1 to compare.</source>
        <translation>Tabellen har ingen kolumn %1 att jämföra.</translation>
    </message>
    <message>
        <source>The column %1 exists and is not a 0/1 column.</source>
        <translation>Kolumnen %1 finns men är inte en 0/1-kolumn.</translation>
    </message>
</context>
<context>
    <name>CleaningPlan</name>
    <message>
        <source>Unknown cleaning step &quot;%1&quot;.</source>
        <translation>Okänt rensningssteg ”%1”.</translation>
    </message>
    <message>
        <source>This is not a cleaning plan.</source>
        <translation>Detta är ingen rensningsplan.</translation>
    </message>
    <message>
        <source>This cleaning plan needs a newer version of Car Valuator.</source>
        <translation>Den här rensningsplanen kräver en nyare version av Car Valuator.</translation>
    </message>
</context>
<context>
    <name>CleaningStep</name>
    <message>
        <source>Trim whitespace in text</source>
        <translation>Ta bort överflödiga blanksteg i text</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n spelling variant(s) of %1</source>
        <translation>
            <numerusform>Slå ihop %n stavningsvariant av %1</numerusform>
            <numerusform>Slå ihop %n stavningsvarianter av %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove exact duplicate rows</source>
        <translation>Ta bort exakta dubblettrader</translation>
    </message>
    <message>
        <source>Drop rows with impossible values</source>
        <translation>Ta bort rader med omöjliga värden</translation>
    </message>
    <message>
        <source>Flag price outliers in column %1</source>
        <translation>Flagga avvikande priser i kolumnen %1</translation>
    </message>
    <message>
        <source>Drop price outliers</source>
        <translation>Ta bort avvikande priser</translation>
    </message>
    <message>
        <source>The cleaning plan has an invalid step.</source>
        <translation>Rensningsplanen innehåller ett ogiltigt steg.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Usage: valuator-cli &lt;command&gt; [options]

Car Valuator on the command line: the same services as the workbench, for CI/CD and schedulers.

Commands:
</source>
        <translation>Användning: valuator-cli &lt;kommando&gt; [flaggor]

Car Valuator på kommandoraden: samma tjänster som i arbetsbänken, för CI/CD och schemaläggare.

Kommandon:
</translation>
    </message>
    <message>
        <source>
Global options:
  -h, --help     Show this help, or a command&apos;s help after the command name.
  --version      Show the versions of Car Valuator and its libraries.
  --json         With --version or any command: machine-readable JSON on stdout.

Exit codes: 0 success, 1 failure, 2 usage error.
Run &apos;valuator-cli &lt;command&gt; --help&apos; for the options of a command.
</source>
        <translation>
Globala flaggor:
  -h, --help     Visa den här hjälpen, eller ett kommandos hjälp efter kommandonamnet.
  --version      Visa versionerna av Car Valuator och dess bibliotek.
  --json         Med --version eller ett kommando: maskinläsbar JSON på stdout.

Slutkoder: 0 lyckades, 1 misslyckades, 2 användningsfel.
Kör &apos;valuator-cli &lt;kommando&gt; --help&apos; för ett kommandos flaggor.
</translation>
    </message>
    <message>
        <source>valuator-cli: unknown command &apos;%1&apos;.</source>
        <translation>valuator-cli: okänt kommando &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;valuator-cli --help&apos; for the list of commands.</source>
        <translation>Kör &apos;valuator-cli --help&apos; för en lista över kommandon.</translation>
    </message>
    <message>
        <source>Print the result as JSON on stdout.</source>
        <translation>Skriv ut resultatet som JSON på stdout.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>valuator-cli: error: %1</source>
        <translation>valuator-cli: fel: %1</translation>
    </message>
    <message>
        <source>valuator-cli %1: %2</source>
        <translation>valuator-cli %1: %2</translation>
    </message>
    <message>
        <source>Try &apos;valuator-cli %1 --help&apos;.</source>
        <translation>Prova &apos;valuator-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>missing required option --%1</source>
        <translation>obligatorisk flagga --%1 saknas</translation>
    </message>
</context>
<context>
    <name>ColumnCodec</name>
    <message>
        <source>A stored column chunk is damaged (bad header).</source>
        <translation>Ett lagrat kolumnblock är skadat (ogiltigt huvud).</translation>
    </message>
    <message>
        <source>A stored column chunk has the wrong type for column &apos;%1&apos;.</source>
        <translation>Ett lagrat kolumnblock har fel typ för kolumnen &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A stored column chunk is damaged (column &apos;%1&apos;).</source>
        <translation>Ett lagrat kolumnblock är skadat (kolumnen &apos;%1&apos;).</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>The mapping maps field &apos;%1&apos; to column &apos;%2&apos;, which the file does not have.</source>
        <translation>Mappningen mappar fältet &apos;%1&apos; till kolumnen &apos;%2&apos;, som inte finns i filen.</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; has an empty list of indicator columns.</source>
        <translation>Fältet &apos;%1&apos; har en tom lista med indikatorkolumner.</translation>
    </message>
    <message>
        <source>Indicator column &apos;%1&apos; for field &apos;%2&apos; is not in the file.</source>
        <translation>Indikatorkolumnen &apos;%1&apos; för fältet &apos;%2&apos; finns inte i filen.</translation>
    </message>
    <message>
        <source>Required field &apos;%1&apos; is not mapped: map a column to it, or give a constant or indicator columns in the mapping.</source>
        <translation>Det obligatoriska fältet &apos;%1&apos; är inte mappat: mappa en kolumn till det eller ange en konstant eller indikatorkolumner i mappningen.</translation>
    </message>
    <message>
        <source>Required fields &apos;%1&apos; are not mapped: map columns to them, or give constants or indicator columns in the mapping.</source>
        <translation>De obligatoriska fälten &apos;%1&apos; är inte mappade: mappa kolumner till dem eller ange konstanter eller indikatorkolumner i mappningen.</translation>
    </message>
    <message>
        <source>not a column mapping (expected &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>ingen kolumnmappning (förväntade &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>mapping version %1 is newer than this build understands (%2).</source>
        <translation>Mappningsversion %1 är nyare än vad den här versionen förstår (%2).</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in &quot;fields&quot;.</source>
        <translation>okänt fält &apos;%1&apos; i &quot;fields&quot;.</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; needs a non-empty &quot;column&quot;, &quot;constant&quot; or &quot;indicators&quot;.</source>
        <translation>fältet &apos;%1&apos; kräver ett icke-tomt &quot;column&quot;, &quot;constant&quot; eller &quot;indicators&quot;.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>rad %1, kolumn %2: %3</translation>
    </message>
    <message>
        <source>line 1, column 1: expected a JSON object.</source>
        <translation>rad 1, kolumn 1: förväntade ett JSON-objekt.</translation>
    </message>
</context>
<context>
    <name>CompareCharts</name>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>RMSE (log price)</source>
        <translation>RMSE (log-pris)</translation>
    </message>
    <message>
        <source>RMSE (EUR)</source>
        <translation>RMSE (EUR)</translation>
    </message>
    <message>
        <source>Predicted vs actual price</source>
        <translation>Förutsagt mot faktiskt pris</translation>
    </message>
    <message>
        <source>Actual price (EUR)</source>
        <translation>Faktiskt pris (EUR)</translation>
    </message>
    <message>
        <source>Predicted price (EUR)</source>
        <translation>Förutsagt pris (EUR)</translation>
    </message>
    <message>
        <source>y = x (perfect prediction)</source>
        <translation>y = x (perfekt förutsägelse)</translation>
    </message>
    <message>
        <source>Select runs in the leaderboard to compare their predictions.</source>
        <translation>Välj körningar i topplistan för att jämföra deras förutsägelser.</translation>
    </message>
    <message>
        <source>Residuals (predicted − actual)</source>
        <translation>Residualer (förutsagt − faktiskt)</translation>
    </message>
    <message>
        <source>Residual (EUR)</source>
        <translation>Residual (EUR)</translation>
    </message>
    <message>
        <source>Share of predictions (%)</source>
        <translation>Andel av prognoserna (%)</translation>
    </message>
    <message>
        <source>Select runs in the leaderboard to compare their residuals.</source>
        <translation>Välj körningar i topplistan för att jämföra deras residualer.</translation>
    </message>
    <message>
        <source>Error by segment</source>
        <translation>Fel per segment</translation>
    </message>
    <message>
        <source>Segment (brand, age, price by actual)</source>
        <translation>Segment (märke, ålder, pris enligt faktiskt värde)</translation>
    </message>
    <message>
        <source>MAE (EUR)</source>
        <translation>MAE (EUR)</translation>
    </message>
    <message>
        <source>Select runs in the leaderboard to compare their errors by segment.</source>
        <translation>Välj körningar i topplistan för att jämföra deras fel per segment.</translation>
    </message>
    <message>
        <source>0–2 years</source>
        <translation>0–2 år</translation>
    </message>
    <message>
        <source>3–5 years</source>
        <translation>3–5 år</translation>
    </message>
    <message>
        <source>6–9 years</source>
        <translation>6–9 år</translation>
    </message>
    <message>
        <source>10+ years</source>
        <translation>10+ år</translation>
    </message>
    <message>
        <source>&lt; 10k EUR</source>
        <translation>&lt; 10 000 EUR</translation>
    </message>
    <message>
        <source>10–20k EUR</source>
        <translation>10 000–20 000 EUR</translation>
    </message>
    <message>
        <source>20–40k EUR</source>
        <translation>20 000–40 000 EUR</translation>
    </message>
    <message>
        <source>≥ 40k EUR</source>
        <translation>≥ 40 000 EUR</translation>
    </message>
    <message>
        <source>Learning curves (final model)</source>
        <translation>Inlärningskurvor (slutlig modell)</translation>
    </message>
    <message>
        <source>Boosting round</source>
        <translation>Boostingrunda</translation>
    </message>
    <message>
        <source>None of the selected runs has a learning curve (only XGBoost records one).</source>
        <translation>Ingen av de valda körningarna har en inlärningskurva (bara XGBoost registrerar en).</translation>
    </message>
    <message>
        <source>%1 train</source>
        <translation>%1 träning</translation>
    </message>
    <message>
        <source>%1 validation</source>
        <translation>%1 validering</translation>
    </message>
</context>
<context>
    <name>ContractEvaluator</name>
    <message>
        <source> rows</source>
        <translation> rader</translation>
    </message>
    <message>
        <source> (warn above %1%2)</source>
        <translation> (varning över %1%2)</translation>
    </message>
    <message>
        <source> (warn below %1%2)</source>
        <translation> (varning under %1%2)</translation>
    </message>
    <message>
        <source>a %1 column</source>
        <translation>en kolumn av typen %1</translation>
    </message>
    <message>
        <source>column present</source>
        <translation>kolumnen finns</translation>
    </message>
    <message>
        <source>optional column</source>
        <translation>valfri kolumn</translation>
    </message>
    <message>
        <source>column missing</source>
        <translation>kolumnen saknas</translation>
    </message>
    <message>
        <source>column absent (optional)</source>
        <translation>kolumnen saknas (valfri)</translation>
    </message>
    <message>
        <source>%1 column</source>
        <translation>kolumn av typen %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows missing (%3 complete)</source>
        <translation>%1 av %2 rader saknas (%3 fullständiga)</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>saknade %1</translation>
    </message>
    <message>
        <source>no missing values (required)</source>
        <translation>inga saknade värden (obligatoriskt)</translation>
    </message>
    <message>
        <source>every value %1</source>
        <translation>varje värde %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <source>no values</source>
        <translation>inga värden</translation>
    </message>
    <message>
        <source>%1 of %2 values out of range (min %3, max %4)</source>
        <translation>%1 av %2 värden utanför intervallet (min %3, max %4)</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>minst %1 tecken</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>högst %1 tecken</translation>
    </message>
    <message>
        <source>matching /%1/</source>
        <translation>matchar /%1/</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 of %2 values do not fit</source>
        <translation>%1 av %2 värden passar inte</translation>
    </message>
    <message>
        <source>at least %1 items</source>
        <translation>minst %1 element</translation>
    </message>
    <message>
        <source>at most %1 items</source>
        <translation>högst %1 element</translation>
    </message>
    <message>
        <source>every list %1</source>
        <translation>varje lista %1</translation>
    </message>
    <message>
        <source>%1 of %2 lists do not fit</source>
        <translation>%1 av %2 listor passar inte</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>ett av %1</translation>
    </message>
    <message>
        <source>%1; other values %2</source>
        <translation>%1; andra värden %2</translation>
    </message>
    <message>
        <source>%1 of %2 values not allowed</source>
        <translation>%1 av %2 värden är inte tillåtna</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>filrad %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>%1 (same as %2)</source>
        <translation>%1 (samma som %2)</translation>
    </message>
    <message>
        <source>%1 of %2 rows repeat an earlier key (%3 distinct keys)</source>
        <translation>%1 av %2 rader upprepar en tidigare nyckel (%3 distinkta nycklar)</translation>
    </message>
    <message>
        <source>duplicate rows %1</source>
        <translation>dubblettrader %1</translation>
    </message>
    <message>
        <source>every value unique</source>
        <translation>varje värde unikt</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rader</translation>
    </message>
    <message>
        <source>rows %1</source>
        <translation>rader %1</translation>
    </message>
    <message>
        <source>newest value at most %1 days before %2</source>
        <translation>senaste värdet högst %1 dagar före %2</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>inga datum</translation>
    </message>
    <message>
        <source>newest %1, %2 days before %3</source>
        <translation>senaste %1, %2 dagar före %3</translation>
    </message>
    <message>
        <source>newest %1, %2 days after %3</source>
        <translation>senaste %1, %2 dagar efter %3</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1 at most year of %2 + %3; rows after %4</source>
        <translation>%1 högst året för %2 + %3; rader efter %4</translation>
    </message>
    <message>
        <source>%1 of %2 rows after the limit</source>
        <translation>%1 av %2 rader efter gränsen</translation>
    </message>
    <message>
        <source>not after %1; rows after it %2</source>
        <translation>inte efter %1; rader efter %2</translation>
    </message>
    <message>
        <source>%1 of %2 values after %3</source>
        <translation>%1 av %2 värden efter %3</translation>
    </message>
    <message>
        <source>The data contract declares no schema object.</source>
        <translation>Datakontraktet deklarerar inget schemaobjekt.</translation>
    </message>
    <message>
        <source>The data contract has no schema object &apos;%1&apos;.</source>
        <translation>Datakontraktet har inget schemaobjekt &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The data contract checks dates against today: a reference date is needed.</source>
        <translation>Datakontraktet kontrollerar datum mot dagens datum: ett referensdatum krävs.</translation>
    </message>
</context>
<context>
    <name>ContractReport</name>
    <message>
        <source>The stored contract report is damaged.</source>
        <translation>Den lagrade kontraktsrapporten är skadad.</translation>
    </message>
</context>
<context>
    <name>CsvProblem</name>
    <message>
        <source>The quoted field in column %1 (opened at byte %2) is not closed before the end of the file.</source>
        <translation>Det citerade fältet i kolumn %1 (öppnat vid byte %2) avslutas inte före filens slut.</translation>
    </message>
    <message>
        <source>Characters after a closing quote at byte %1 in column %2.</source>
        <translation>Tecken efter ett avslutande citattecken vid byte %1 i kolumn %2.</translation>
    </message>
    <message>
        <source>Invalid character encoding at byte %1 in column %2.</source>
        <translation>Ogiltig teckenkodning vid byte %1 i kolumn %2.</translation>
    </message>
    <message>
        <source>The field in column %1 (from byte %2) is larger than the limit; the record was skipped.</source>
        <translation>Fältet i kolumn %1 (från byte %2) är större än gränsen; posten hoppades över.</translation>
    </message>
    <message>
        <source>The record has more than %1 fields; it was skipped.</source>
        <translation>Posten har fler än %1 fält; den hoppades över.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Filen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>The delimiter and the quote character must be two different characters, neither a line break.</source>
        <translation>Avgränsaren och citattecknet måste vara två olika tecken, och inget av dem får vara en radbrytning.</translation>
    </message>
</context>
<context>
    <name>DataContract</name>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ogiltig YAML: %1</translation>
    </message>
    <message>
        <source>%1: cannot read the contract: %2</source>
        <translation>%1: kontraktet kan inte läsas: %2</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>ett tomt värde</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>en map</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (ignored)</source>
        <translation>okänd nyckel &apos;%1&apos; (ignoreras)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a map, got %2</source>
        <translation>&apos;%1&apos; måste vara en map, fick %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list, got %2</source>
        <translation>&apos;%1&apos; måste vara en lista, fick %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text, got %2</source>
        <translation>&apos;%1&apos; måste vara text, fick %2</translation>
    </message>
    <message>
        <source>missing required key &apos;%1&apos; in %2</source>
        <translation>obligatorisk nyckel &apos;%1&apos; saknas i %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation>&apos;%1&apos; får inte vara tomt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number, got %2</source>
        <translation>&apos;%1&apos; måste vara ett tal, fick %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number, got %2</source>
        <translation>&apos;%1&apos; måste vara ett heltal, fick %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, got %2</source>
        <translation>&apos;%1&apos; måste vara true eller false, fick %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a date (YYYY-MM-DD), got %2</source>
        <translation>&apos;%1&apos; måste vara ett datum (ÅÅÅÅ-MM-DD), fick %2</translation>
    </message>
    <message>
        <source>&apos;pattern&apos; is not a valid regular expression: %1</source>
        <translation>&apos;pattern&apos; är inte ett giltigt reguljärt uttryck: %1</translation>
    </message>
    <message>
        <source>the contract must be a map of ODCS keys, got %1</source>
        <translation>kontraktet måste vara en map med ODCS-nycklar, fick %1</translation>
    </message>
    <message>
        <source>the contract</source>
        <translation>kontraktet</translation>
    </message>
    <message>
        <source>unsupported apiVersion &apos;%1&apos;; supported: %2</source>
        <translation>apiVersion &apos;%1&apos; stöds inte; stöds: %2</translation>
    </message>
    <message>
        <source>&apos;kind&apos; must be DataContract, got &apos;%1&apos;</source>
        <translation>&apos;kind&apos; måste vara DataContract, fick &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a schema object</source>
        <translation>ett schemaobjekt</translation>
    </message>
    <message>
        <source>a schema object&apos;s &apos;logicalType&apos; must be object, got %1</source>
        <translation>ett schemaobjekts &apos;logicalType&apos; måste vara object, fick %1</translation>
    </message>
    <message>
        <source>property &apos;%1&apos; is declared twice</source>
        <translation>egenskapen &apos;%1&apos; deklareras två gånger</translation>
    </message>
    <message>
        <source>a schema property</source>
        <translation>en schemaegenskap</translation>
    </message>
    <message>
        <source>unknown logicalType &apos;%1&apos;; expected one of string, integer, number, date, array, boolean, object</source>
        <translation>okänd logicalType &apos;%1&apos;; förväntade en av string, integer, number, date, array, boolean, object</translation>
    </message>
    <message>
        <source>nested object property &apos;%1&apos; is only checked for presence</source>
        <translation>den nästlade objektegenskapen &apos;%1&apos; kontrolleras bara för att den finns</translation>
    </message>
    <message>
        <source>&apos;maximum&apos; must not be below &apos;minimum&apos;</source>
        <translation>&apos;maximum&apos; får inte vara mindre än &apos;minimum&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be negative</source>
        <translation>&apos;%1&apos; får inte vara negativt</translation>
    </message>
    <message>
        <source>&apos;rowCount&apos; is a schema-level rule; declare it under the schema object&apos;s quality</source>
        <translation>&apos;rowCount&apos; är en regel på schemanivå; deklarera den under schemaobjektets quality</translation>
    </message>
    <message>
        <source>this rule checks a column: declare it under a property&apos;s quality</source>
        <translation>den här regeln kontrollerar en kolumn: deklarera den under en egenskaps quality</translation>
    </message>
    <message>
        <source>missing required key &apos;properties&apos; in the rule&apos;s arguments</source>
        <translation>obligatorisk nyckel &apos;properties&apos; saknas i regelns argument</translation>
    </message>
    <message>
        <source>&apos;properties&apos; names unknown property &apos;%1&apos;</source>
        <translation>&apos;properties&apos; anger den okända egenskapen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>quality rule of type &apos;%1&apos; is not evaluated</source>
        <translation>kvalitetsregel av typen &apos;%1&apos; utvärderas inte</translation>
    </message>
    <message>
        <source>unknown quality type &apos;%1&apos;; expected library, text, sql or custom</source>
        <translation>okänd kvalitetstyp &apos;%1&apos;; förväntade library, text, sql eller custom</translation>
    </message>
    <message>
        <source>missing required key &apos;metric&apos; (or &apos;rule&apos;) in a quality rule</source>
        <translation>obligatorisk nyckel &apos;metric&apos; (eller &apos;rule&apos;) saknas i en kvalitetsregel</translation>
    </message>
    <message>
        <source>quality rule &apos;%1&apos; is not supported and is not evaluated</source>
        <translation>kvalitetsregeln &apos;%1&apos; stöds inte och utvärderas inte</translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos;; treated as error</source>
        <translation>okänd allvarlighetsgrad &apos;%1&apos;; behandlas som error</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;; expected rows or percent</source>
        <translation>okänd enhet &apos;%1&apos;; förväntade rows eller percent</translation>
    </message>
    <message>
        <source>&apos;rowCount&apos; counts rows; &apos;unit&apos; must be rows</source>
        <translation>&apos;rowCount&apos; räknar rader; &apos;unit&apos; måste vara rows</translation>
    </message>
    <message>
        <source>missing required key &apos;validValues&apos; (or &apos;pattern&apos;) in the rule&apos;s arguments</source>
        <translation>obligatorisk nyckel &apos;validValues&apos; (eller &apos;pattern&apos;) saknas i regelns argument</translation>
    </message>
    <message>
        <source>missing required key &apos;field&apos; in the rule&apos;s arguments</source>
        <translation>obligatorisk nyckel &apos;field&apos; saknas i regelns argument</translation>
    </message>
    <message>
        <source>a quality rule takes one operator, found &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>en kvalitetsregel tar en operator, hittade &apos;%1&apos; och &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of two numbers, got %2</source>
        <translation>&apos;%1&apos; måste vara en lista med två tal, fick %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must list the smaller number first</source>
        <translation>&apos;%1&apos; måste ange det mindre talet först</translation>
    </message>
    <message>
        <source>a custom property</source>
        <translation>en anpassad egenskap</translation>
    </message>
    <message>
        <source>missing required key &apos;value&apos; in a custom property</source>
        <translation>obligatorisk nyckel &apos;value&apos; saknas i en anpassad egenskap</translation>
    </message>
    <message>
        <source>&apos;warnThreshold&apos; needs a one-sided operator (mustBeLessThan, mustBeLessOrEqualTo, mustBeGreaterThan or mustBeGreaterOrEqualTo)</source>
        <translation>&apos;warnThreshold&apos; kräver en ensidig operator (mustBeLessThan, mustBeLessOrEqualTo, mustBeGreaterThan eller mustBeGreaterOrEqualTo)</translation>
    </message>
    <message>
        <source>&apos;warnThreshold&apos; %1 must be stricter than %2 %3</source>
        <translation>&apos;warnThreshold&apos; %1 måste vara strängare än %2 %3</translation>
    </message>
    <message>
        <source>an SLA property</source>
        <translation>en SLA-egenskap</translation>
    </message>
    <message>
        <source>missing required key &apos;value&apos; in an SLA property</source>
        <translation>obligatorisk nyckel &apos;value&apos; saknas i en SLA-egenskap</translation>
    </message>
    <message>
        <source>SLA property &apos;%1&apos; is not evaluated</source>
        <translation>SLA-egenskapen &apos;%1&apos; utvärderas inte</translation>
    </message>
    <message>
        <source>unsupported SLA unit &apos;%1&apos;; expected d, days, w, weeks, y or years</source>
        <translation>SLA-enheten &apos;%1&apos; stöds inte; förväntade d, days, w, weeks, y eller years</translation>
    </message>
    <message>
        <source>missing required key &apos;element&apos; in the latency SLA (or a slaDefaultElement)</source>
        <translation>obligatorisk nyckel &apos;element&apos; saknas i latens-SLA:n (eller ett slaDefaultElement)</translation>
    </message>
    <message>
        <source>&apos;element&apos; names unknown property &apos;%1&apos;</source>
        <translation>&apos;element&apos; anger den okända egenskapen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;element&apos; must name a date property; &apos;%1&apos; is %2</source>
        <translation>&apos;element&apos; måste ange en datumegenskap; &apos;%1&apos; är %2</translation>
    </message>
    <message>
        <source>&apos;field&apos; names unknown property &apos;%1&apos;</source>
        <translation>&apos;field&apos; anger den okända egenskapen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;field&apos; must name a date property; &apos;%1&apos; is %2</source>
        <translation>&apos;field&apos; måste ange en datumegenskap; &apos;%1&apos; är %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Internal error: invalid database query.</source>
        <translation>Internt fel: ogiltig databasfråga.</translation>
    </message>
    <message>
        <source>The workspace has no such value.</source>
        <translation>Arbetsytan har inget sådant värde.</translation>
    </message>
    <message>
        <source>The workspace is busy: another window or program is writing to it. Try again in a moment.</source>
        <translation>Arbetsytan är upptagen: ett annat fönster eller program skriver till den. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The workspace cannot be written to (the file or its folder is read-only).</source>
        <translation>Det går inte att skriva till arbetsytan (filen eller dess mapp är skrivskyddad).</translation>
    </message>
    <message>
        <source>The disk is full: the workspace could not be saved.</source>
        <translation>Disken är full: arbetsytan kunde inte sparas.</translation>
    </message>
    <message>
        <source>The workspace file is damaged or is not a database.</source>
        <translation>Arbetsytefilen är skadad eller är inte en databas.</translation>
    </message>
    <message>
        <source>The workspace file could not be opened.</source>
        <translation>Arbetsytefilen kunde inte öppnas.</translation>
    </message>
    <message>
        <source>Reading or writing the workspace file failed.</source>
        <translation>Läsning från eller skrivning till arbetsytefilen misslyckades.</translation>
    </message>
    <message>
        <source>The change was rejected by a rule of the workspace.</source>
        <translation>Ändringen avvisades av en regel i arbetsytan.</translation>
    </message>
    <message>
        <source>The workspace database reported an error.</source>
        <translation>Arbetsytans databas rapporterade ett fel.</translation>
    </message>
</context>
<context>
    <name>DatasetRef</name>
    <message>
        <source>Write a dataset as NAME, NAME@3 or NAME@latest.</source>
        <translation>Ange en datamängd som NAME, NAME@3 eller NAME@latest.</translation>
    </message>
    <message>
        <source>The dataset name is empty.</source>
        <translation>Datamängdens namn är tomt.</translation>
    </message>
    <message>
        <source>The dataset name &apos;%1&apos; contains &apos;@&apos;, which separates a name from a version.</source>
        <translation>Datamängdsnamnet &apos;%1&apos; innehåller &apos;@&apos;, som skiljer ett namn från en version.</translation>
    </message>
    <message>
        <source>The dataset name contains a control character.</source>
        <translation>Datamängdens namn innehåller ett styrtecken.</translation>
    </message>
    <message>
        <source>The dataset name &apos;%1…&apos; is too long: at most %2 characters are allowed.</source>
        <translation>Datamängdsnamnet &apos;%1…&apos; är för långt: högst %2 tecken är tillåtna.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a dataset version: a version is a number from 1 or &apos;latest&apos;.</source>
        <translation>&apos;%1&apos; är ingen datamängdsversion: en version är ett tal från 1 eller &apos;latest&apos;.</translation>
    </message>
</context>
<context>
    <name>DatasetStore</name>
    <message>
        <source>The workspace holds a dataset version of unknown kind.</source>
        <translation>Arbetsytan innehåller en datamängdsversion av okänd sort.</translation>
    </message>
    <message>
        <source>The workspace holds a dataset column of unknown type.</source>
        <translation>Arbetsytan innehåller en datamängdskolumn av okänd typ.</translation>
    </message>
    <message>
        <source>The dataset version does not exist (any more).</source>
        <translation>Datamängdsversionen finns inte (längre).</translation>
    </message>
    <message>
        <source>There is no dataset named &apos;%1&apos;: the workspace has no datasets yet.</source>
        <translation>Det finns ingen datamängd med namnet &apos;%1&apos;: arbetsytan har inga datamängder än.</translation>
    </message>
    <message>
        <source>There is no dataset named &apos;%1&apos;. Datasets in this workspace: %2.</source>
        <translation>Det finns ingen datamängd med namnet &apos;%1&apos;. Datamängder i den här arbetsytan: %2.</translation>
    </message>
    <message>
        <source>Dataset &apos;%1&apos; has no versions.</source>
        <translation>Datamängden &apos;%1&apos; har inga versioner.</translation>
    </message>
    <message>
        <source>Dataset &apos;%1&apos; has only version %2; there is no version %3.</source>
        <translation>Datamängden &apos;%1&apos; har bara version %2; det finns ingen version %3.</translation>
    </message>
    <message>
        <source>Dataset &apos;%1&apos; has versions %2; there is no version %3.</source>
        <translation>Datamängden &apos;%1&apos; har versionerna %2; det finns ingen version %3.</translation>
    </message>
    <message>
        <source>Dataset &apos;%1&apos; has no column &apos;%2&apos;.</source>
        <translation>Datamängden &apos;%1&apos; har ingen kolumn &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The stored data of dataset &apos;%1&apos; is damaged and cannot be read.</source>
        <translation>Lagrade data för datamängden &apos;%1&apos; är skadade och kan inte läsas.</translation>
    </message>
    <message>
        <source>Internal error while deleting the dataset.</source>
        <translation>Internt fel när datamängden skulle tas bort.</translation>
    </message>
    <message>
        <source>Dataset &apos;%1&apos; cannot be deleted: other items in the workspace were made from it.</source>
        <translation>Datamängden &apos;%1&apos; kan inte tas bort: andra objekt i arbetsytan har skapats från den.</translation>
    </message>
</context>
<context>
    <name>DatasetWriter</name>
    <message>
        <source>Internal error while saving the dataset.</source>
        <translation>Internt fel när datamängden skulle sparas.</translation>
    </message>
    <message>
        <source>A dataset needs at least one column.</source>
        <translation>En datamängd behöver minst en kolumn.</translation>
    </message>
    <message>
        <source>A dataset column needs a name.</source>
        <translation>En datamängdskolumn behöver ett namn.</translation>
    </message>
    <message>
        <source>The column name &apos;%1&apos; occurs more than once.</source>
        <translation>Kolumnnamnet &apos;%1&apos; förekommer mer än en gång.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of the car schema.</source>
        <translation>&apos;%1&apos; är inget fält i bilschemat.</translation>
    </message>
    <message>
        <source>A dataset named &apos;%1&apos; already exists. Pass --append to add the rows to it as a new version, or choose another name.</source>
        <translation>Det finns redan en datamängd med namnet &apos;%1&apos;. Ange --append för att lägga till raderna som en ny version, eller välj ett annat namn.</translation>
    </message>
    <message>
        <source>There is no dataset named &apos;%1&apos; to append to. Import the file as a new dataset first (without --append).</source>
        <translation>Det finns ingen datamängd med namnet &apos;%1&apos; att lägga till i. Importera först filen som en ny datamängd (utan --append).</translation>
    </message>
    <message>
        <source>There is no dataset named &apos;%1&apos; to clean.</source>
        <translation>Det finns ingen datamängd med namnet &apos;%1&apos; att rensa.</translation>
    </message>
    <message>
        <source>The version to build on is not a version of dataset &apos;%1&apos;.</source>
        <translation>Versionen att bygga vidare på är ingen version av datamängden &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Dataset &apos;%1&apos; got a newer version (version %2) in the meantime. Start the append again.</source>
        <translation>Datamängden &apos;%1&apos; har fått en nyare version under tiden (version %2). Starta tillägget igen.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds %2 values in version %3 of dataset &apos;%4&apos;, but the new rows have %5 values.</source>
        <translation>Kolumnen &apos;%1&apos; innehåller värden av typen %2 i version %3 av datamängden &apos;%4&apos;, men de nya raderna har värden av typen %5.</translation>
    </message>
</context>
<context>
    <name>DatasetsCommand</name>
    <message>
        <source>List the datasets of a workspace with their versions, row counts and hashes.</source>
        <translation>Lista datamängderna i en arbetsyta med deras versioner, radantal och hashvärden.</translation>
    </message>
    <message>
        <source>No datasets yet. Import one with &apos;valuator-cli import&apos;.</source>
        <translation>Inga datamängder än. Importera en med &apos;valuator-cli import&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftAnalyzer</name>
    <message>
        <source>The bin count must be between 2 and 1000, not %1.</source>
        <translation>Antalet klasser måste vara mellan 2 och 1000, inte %1.</translation>
    </message>
    <message>
        <source>The PSI floor must be above 0 and at most 0.1.</source>
        <translation>PSI-golvet måste vara större än 0 och högst 0,1.</translation>
    </message>
    <message>
        <source>The PSI thresholds must satisfy 0 &lt; warn &lt;= alert.</source>
        <translation>PSI-tröskelvärdena måste uppfylla 0 &lt; warn &lt;= alert.</translation>
    </message>
    <message>
        <source>The rare-category share must be in [0, 1) and at least one category kept.</source>
        <translation>Andelen sällsynta kategorier måste ligga i [0, 1) och minst en kategori måste behållas.</translation>
    </message>
    <message>
        <source>The bin edges of &apos;%1&apos; must be finite and strictly ascending.</source>
        <translation>Klassgränserna för &apos;%1&apos; måste vara ändliga och strikt stigande.</translation>
    </message>
    <message>
        <source>Both versions need rows to compare.</source>
        <translation>Båda versionerna behöver rader att jämföra.</translation>
    </message>
    <message>
        <source>not in the current version</source>
        <translation>finns inte i den aktuella versionen</translation>
    </message>
    <message>
        <source>lists are not compared</source>
        <translation>listor jämförs inte</translation>
    </message>
    <message>
        <source>the type changed from %1 to %2</source>
        <translation>typen ändrades från %1 till %2</translation>
    </message>
    <message>
        <source>not in the reference version</source>
        <translation>finns inte i referensversionen</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(saknas)</translation>
    </message>
    <message numerus="yes">
        <source>(other: %n categories)</source>
        <translation>
            <numerusform>(övriga: %n kategori)</numerusform>
            <numerusform>(övriga: %n kategorier)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftCommand</name>
    <message>
        <source>Compare two dataset versions feature by feature (PSI, KS, unseen categories).</source>
        <translation>Jämför två datamängdsversioner egenskap för egenskap (PSI, KS, nya kategorier).</translation>
    </message>
    <message>
        <source>Reference version (NAME@V).</source>
        <translation>Referensversion (NAME@V).</translation>
    </message>
    <message>
        <source>Current version (NAME@V).</source>
        <translation>Aktuell version (NAME@V).</translation>
    </message>
    <message>
        <source>Quantile bins for numeric features (default 10).</source>
        <translation>Kvantilintervall för numeriska egenskaper (standard 10).</translation>
    </message>
    <message>
        <source>--bins must be a number from 2 to 1000</source>
        <translation>--bins måste vara ett tal från 2 till 1000</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>Jämför %1 med %2</translation>
    </message>
    <message>
        <source>Drift of %1 against %2: %3</source>
        <translation>Drift för %1 mot %2: %3</translation>
    </message>
</context>
<context>
    <name>DriftReport</name>
    <message>
        <source>The stored drift report is damaged.</source>
        <translation>Den lagrade driftrapporten är skadad.</translation>
    </message>
</context>
<context>
    <name>ExplainCharts</name>
    <message>
        <source>Effect on price (%)</source>
        <translation>Effekt på priset (%)</translation>
    </message>
    <message>
        <source>Effect on price (%1)</source>
        <translation>Effekt på priset (%1)</translation>
    </message>
    <message>
        <source>%1: low</source>
        <translation>%1: låg</translation>
    </message>
    <message>
        <source>%1: lower</source>
        <translation>%1: ganska låg</translation>
    </message>
    <message>
        <source>%1: middle</source>
        <translation>%1: medel</translation>
    </message>
    <message>
        <source>%1: higher</source>
        <translation>%1: ganska hög</translation>
    </message>
    <message>
        <source>%1: high</source>
        <translation>%1: hög</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: saknas</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>Mätarställning (km)</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>Ålder (år)</translation>
    </message>
    <message>
        <source>Mileage per year (km)</source>
        <translation>Körsträcka per år (km)</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>Effekt (kW)</translation>
    </message>
    <message>
        <source>Engine (l)</source>
        <translation>Motorvolym (l)</translation>
    </message>
    <message>
        <source>Equipment: %1</source>
        <translation>Utrustning: %1</translation>
    </message>
    <message>
        <source>Feature importance (the %1 most important)</source>
        <translation>Egenskapernas betydelse (de %1 viktigaste)</translation>
    </message>
    <message>
        <source>Feature importance</source>
        <translation>Egenskapernas betydelse</translation>
    </message>
    <message>
        <source>Feature (most important first)</source>
        <translation>Egenskap (viktigaste först)</translation>
    </message>
    <message>
        <source>Share of total importance (%)</source>
        <translation>Andel av den totala betydelsen (%)</translation>
    </message>
    <message>
        <source>No importance to show.</source>
        <translation>Ingen betydelse att visa.</translation>
    </message>
    <message>
        <source>Mean |SHAP| (share)</source>
        <translation>Medelvärde av |SHAP| (andel)</translation>
    </message>
    <message>
        <source>XGBoost gain (share)</source>
        <translation>XGBoost-gain (andel)</translation>
    </message>
    <message>
        <source>SHAP summary: one dot per car and feature</source>
        <translation>SHAP-sammanfattning: en punkt per bil och egenskap</translation>
    </message>
    <message>
        <source>Feature (most important first); colour = the car&apos;s value of that feature</source>
        <translation>Egenskap (viktigaste först); färg = bilens värde för egenskapen</translation>
    </message>
    <message>
        <source>No SHAP values to show.</source>
        <translation>Inga SHAP-värden att visa.</translation>
    </message>
    <message>
        <source>Feature value</source>
        <translation>Egenskapsvärde</translation>
    </message>
    <message>
        <source>SHAP dependence: %1</source>
        <translation>SHAP-beroende: %1</translation>
    </message>
    <message>
        <source>Choose a feature to see how its value drives the price.</source>
        <translation>Välj en egenskap för att se hur dess värde påverkar priset.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Partial dependence with ICE curves: %1</source>
        <translation>Partiellt beroende med ICE-kurvor: %1</translation>
    </message>
    <message>
        <source>Predicted price (%1)</source>
        <translation>Förutsagt pris (%1)</translation>
    </message>
    <message>
        <source>No partial dependence for %1.</source>
        <translation>Inget partiellt beroende för %1.</translation>
    </message>
    <message>
        <source>One car (ICE)</source>
        <translation>En bil (ICE)</translation>
    </message>
    <message>
        <source>Average over cars (PDP)</source>
        <translation>Medelvärde över bilarna (PDP)</translation>
    </message>
    <message>
        <source>Standardised coefficients with 95 % confidence intervals (largest %1)</source>
        <translation>Standardiserade koefficienter med 95 % konfidensintervall (de %1 största)</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Coefficient (log price per SD)</source>
        <translation>Koefficient (log-pris per SD)</translation>
    </message>
    <message>
        <source>Coefficient (EUR per SD)</source>
        <translation>Koefficient (EUR per SD)</translation>
    </message>
    <message>
        <source>Coefficients are shown for linear models only.</source>
        <translation>Koefficienter visas bara för linjära modeller.</translation>
    </message>
    <message>
        <source>95 % confidence interval</source>
        <translation>95 % konfidensintervall</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>Koefficient</translation>
    </message>
    <message>
        <source>Why this price: base value → contributions → price</source>
        <translation>Varför det här priset: basvärde → bidrag → pris</translation>
    </message>
    <message>
        <source>Step (feature = the car&apos;s value)</source>
        <translation>Steg (egenskap = bilens värde)</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>Pris (%1)</translation>
    </message>
    <message>
        <source>Choose a car to see its valuation.</source>
        <translation>Välj en bil för att se dess värdering.</translation>
    </message>
    <message>
        <source>Overall MAPE %1 %</source>
        <translation>Total MAPE %1 %</translation>
    </message>
    <message>
        <source>Flag above %1 %</source>
        <translation>Flaggas över %1 %</translation>
    </message>
    <message>
        <source>Error by segment (MAPE)</source>
        <translation>Fel per segment (MAPE)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Segment of %1</source>
        <translation>Segment efter %1</translation>
    </message>
    <message>
        <source>MAPE (%)</source>
        <translation>MAPE (%)</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>Inom toleransen</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flaggade</translation>
    </message>
    <message>
        <source>No fairness check has been run for this model yet.</source>
        <translation>Ingen rättvisekontroll har körts för den här modellen än.</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>the car is not valid JSON: %1 at character %2</source>
        <translation>bilen är inte giltig JSON: %1 vid tecken %2</translation>
    </message>
    <message>
        <source>the car must be a JSON object like {&quot;brand&quot;: &quot;BMW&quot;, &quot;mileage_km&quot;: 85000}</source>
        <translation>bilen måste vara ett JSON-objekt som {&quot;brand&quot;: &quot;BMW&quot;, &quot;mileage_km&quot;: 85000}</translation>
    </message>
    <message>
        <source>Explain a model&apos;s prices: one car&apos;s dealer sheet, or feature importance on a dataset.</source>
        <translation>Förklara en modells priser: en bils handlarspecifikation eller egenskapernas betydelse på en datamängd.</translation>
    </message>
    <message>
        <source>Model id (= run id).</source>
        <translation>Modell-id (= körnings-id).</translation>
    </message>
    <message>
        <source>One car as JSON with the canonical field names, e.g. &apos;{&quot;brand&quot;:&quot;BMW&quot;,&quot;mileage_km&quot;:85000}&apos;.</source>
        <translation>En bil som JSON med de kanoniska fältnamnen, t.ex. &apos;{&quot;brand&quot;:&quot;BMW&quot;,&quot;mileage_km&quot;:85000}&apos;.</translation>
    </message>
    <message>
        <source>The car as a JSON file.</source>
        <translation>Bilen som JSON-fil.</translation>
    </message>
    <message>
        <source>Explain the model on a dataset version (NAME[@V]).</source>
        <translation>Förklara modellen på en datamängdsversion (NAME[@V]).</translation>
    </message>
    <message>
        <source>Cars sampled from the dataset (default 1000; 0 = all).</source>
        <translation>Bilar som samplas från datamängden (standard 1000; 0 = alla).</translation>
    </message>
    <message>
        <source>Dealer sheets of this many sampled cars (default 3).</source>
        <translation>Handlarspecifikationer för så här många av de samplade bilarna (standard 3).</translation>
    </message>
    <message>
        <source>Sale date assumed when the car has none (YYYY-MM-DD; default today).</source>
        <translation>Försäljningsdatum som antas när bilen saknar ett (YYYY-MM-DD; standard i dag).</translation>
    </message>
    <message>
        <source>--model needs a model id (a number), not &apos;%1&apos;</source>
        <translation>--model kräver ett modell-id (ett tal), inte ”%1”</translation>
    </message>
    <message>
        <source>give exactly one of --car, --car-file or --dataset</source>
        <translation>ange exakt en av --car, --car-file eller --dataset</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>Kan inte läsa ”%1”: %2</translation>
    </message>
    <message>
        <source>--valuation-date must be a date like 2025-06-30, not &apos;%1&apos;</source>
        <translation>--valuation-date måste vara ett datum som 2025-06-30, inte ”%1”</translation>
    </message>
    <message>
        <source>--rows must be a whole number &gt;= 0</source>
        <translation>--rows måste vara ett heltal &gt;= 0</translation>
    </message>
    <message>
        <source>--cars must be a number from 0 to 1000</source>
        <translation>--cars måste vara ett tal från 0 till 1000</translation>
    </message>
    <message>
        <source>Explaining model %1 on %2</source>
        <translation>Förklarar modell %1 på %2</translation>
    </message>
    <message>
        <source>Price %1 (%2 model)</source>
        <translation>Pris %1 (modell %2)</translation>
    </message>
    <message>
        <source>Base value of the model</source>
        <translation>Modellens basvärde</translation>
    </message>
    <message>
        <source>= Price</source>
        <translation>= Pris</translation>
    </message>
    <message>
        <source>Model %1 (%2) on %3: %4 of %5 rows explained</source>
        <translation>Modell %1 (%2) på %3: %4 av %5 rader förklarade</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>egenskap</translation>
    </message>
    <message>
        <source>mean |SHAP|</source>
        <translation>medel |SHAP|</translation>
    </message>
    <message>
        <source>gain %</source>
        <translation>gain %</translation>
    </message>
    <message>
        <source>  partial dependence of %1: %2 at %3 -&gt; %4 at %5</source>
        <translation>  partiellt beroende för %1: %2 vid %3 -&gt; %4 vid %5</translation>
    </message>
    <message>
        <source>Row %1:</source>
        <translation>Rad %1:</translation>
    </message>
</context>
<context>
    <name>ExplainJob</name>
    <message>
        <source>%1, %2 km</source>
        <translation>%1, %2 km</translation>
    </message>
</context>
<context>
    <name>ExplainPlots</name>
    <message>
        <source>Raises the price</source>
        <translation>Höjer priset</translation>
    </message>
    <message>
        <source>Lowers the price</source>
        <translation>Sänker priset</translation>
    </message>
    <message>
        <source>Base value and price</source>
        <translation>Basvärde och pris</translation>
    </message>
</context>
<context>
    <name>ExplainService</name>
    <message>
        <source>Run %1 has no stored model to explain.</source>
        <translation>Körning %1 har ingen lagrad modell att förklara.</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Ingen modell är inläst.</translation>
    </message>
</context>
<context>
    <name>ExplanationReport</name>
    <message>
        <source>&lt;p&gt;Model: %1 (%2, run %3) · trained on %4 · explained on %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;Modell: %1 (%2, körning %3) · tränad på %4 · förklarad på %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>MAE (EUR)</source>
        <translation>MAE (EUR)</translation>
    </message>
    <message>
        <source>MAPE (%)</source>
        <translation>MAPE (%)</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Kvot</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flaggad</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Valuation explained: %1</source>
        <translation>Värderingen förklarad: %1</translation>
    </message>
    <message>
        <source>one car</source>
        <translation>en bil</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The car&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bilen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Why this price&lt;/h2&gt;&lt;p&gt;Base value %1, price %2.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Varför det här priset&lt;/h2&gt;&lt;p&gt;Basvärde %1, pris %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dealer sheet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Handlarspecifikation&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Car values</source>
        <translation>Bilens värden</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Model explained: %1</source>
        <translation>Modellen förklarad: %1</translation>
    </message>
    <message>
        <source>Feature importance</source>
        <translation>Egenskapernas betydelse</translation>
    </message>
    <message>
        <source>SHAP summary</source>
        <translation>SHAP-sammanfattning</translation>
    </message>
    <message>
        <source>Partial dependence: %1</source>
        <translation>Partiellt beroende: %1</translation>
    </message>
    <message>
        <source>Standardised coefficients</source>
        <translation>Standardiserade koefficienter</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporterad %1</translation>
    </message>
    <message>
        <source>Cannot write the report to &apos;%1&apos;: %2</source>
        <translation>Det går inte att skriva rapporten till ”%1”: %2</translation>
    </message>
    <message>
        <source>Cannot write the report to &apos;%1&apos;.</source>
        <translation>Det går inte att skriva rapporten till ”%1”.</translation>
    </message>
    <message>
        <source>A report is written as .html or .pdf; &apos;%1&apos; has neither extension.</source>
        <translation>En rapport skrivs som .html eller .pdf; ”%1” har ingen av de filändelserna.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h2&gt;Fairness: error by segment&lt;/h2&gt;&lt;p&gt;Checked on %1 at %2: overall MAPE %3 %, %n segment(s) flagged (segments with fewer than %4 cars are never flagged).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h2&gt;Rättvisa: fel per segment&lt;/h2&gt;&lt;p&gt;Kontrollerad på %1 %2: MAPE totalt %3 %, %n segment flaggat (segment med färre än %4 bilar flaggas aldrig).&lt;/p&gt;</numerusform>
            <numerusform>&lt;h2&gt;Rättvisa: fel per segment&lt;/h2&gt;&lt;p&gt;Kontrollerad på %1 %2: MAPE totalt %3 %, %n segment flaggade (segment med färre än %4 bilar flaggas aldrig).&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FairnessCommand</name>
    <message>
        <source>Check a model&apos;s error by segment (brand, region, fuel, age, price) and store the result.</source>
        <translation>Kontrollera en modells fel per segment (märke, region, drivmedel, ålder, pris) och spara resultatet.</translation>
    </message>
    <message>
        <source>Model id (= run id).</source>
        <translation>Modell-id (= körnings-id).</translation>
    </message>
    <message>
        <source>Dataset version to score (NAME[@V]).</source>
        <translation>Datamängdsversion att värdera (NAME[@V]).</translation>
    </message>
    <message>
        <source>Segments, comma-separated: brand, region, fuel, age_band, price_band or any text column (default all five).</source>
        <translation>Segment, kommaseparerade: brand, region, fuel, age_band, price_band eller valfri textkolumn (standard alla fem).</translation>
    </message>
    <message>
        <source>Flag segments whose MAPE exceeds the overall MAPE by more than this factor (default 1.5).</source>
        <translation>Flagga segment vars MAPE överstiger den totala MAPE med mer än den här faktorn (standard 1.5).</translation>
    </message>
    <message>
        <source>Segments with fewer rows are never flagged (default 30).</source>
        <translation>Segment med färre rader flaggas aldrig (standard 30).</translation>
    </message>
    <message>
        <source>--model needs a model id (a number), not &apos;%1&apos;</source>
        <translation>--model kräver ett modell-id (ett tal), inte ”%1”</translation>
    </message>
    <message>
        <source>--by needs at least one segment name</source>
        <translation>--by kräver minst ett segmentnamn</translation>
    </message>
    <message>
        <source>--factor must be a number above 0</source>
        <translation>--factor måste vara ett tal över 0</translation>
    </message>
    <message>
        <source>--min-rows must be a whole number &gt;= 0</source>
        <translation>--min-rows måste vara ett heltal &gt;= 0</translation>
    </message>
    <message>
        <source>Checking model %1 on %2</source>
        <translation>Kontrollerar modell %1 på %2</translation>
    </message>
    <message>
        <source>Fairness check %1 of model %2 on %3: %4 rows, MAE %5, MAPE %6%</source>
        <translation>Rättvisekontroll %1 av modell %2 på %3: %4 rader, MAE %5, MAPE %6%</translation>
    </message>
    <message>
        <source>  (the model&apos;s training data: errors are its out-of-fold validation predictions)</source>
        <translation>  (modellens träningsdata: felen kommer från dess out-of-fold-valideringsförutsägelser)</translation>
    </message>
    <message>
        <source>FLAGGED</source>
        <translation>FLAGGAD</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) flagged (MAPE above %1 x overall, at least %2 rows).</source>
        <translation>
            <numerusform>%n segment flaggat (MAPE över %1 x total MAPE, minst %2 rader).</numerusform>
            <numerusform>%n segment flaggade (MAPE över %1 x total MAPE, minst %2 rader).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FairnessReport</name>
    <message>
        <source>The data has no sale_price column.</source>
        <translation>Data har ingen kolumn sale_price.</translation>
    </message>
    <message>
        <source>The fairness factor must be above 0 and the minimum segment size at least 0.</source>
        <translation>Rättvisefaktorn måste vara över 0 och den minsta segmentstorleken minst 0.</translation>
    </message>
    <message>
        <source>Actual and predicted prices differ in length.</source>
        <translation>Faktiska och förutsagda priser har olika längd.</translation>
    </message>
    <message>
        <source>The segment labels do not match the rows.</source>
        <translation>Segmentetiketterna stämmer inte med raderna.</translation>
    </message>
    <message>
        <source>The age of the cars is unknown.</source>
        <translation>Bilarnas ålder är okänd.</translation>
    </message>
    <message>
        <source>Cannot segment by &quot;%1&quot;: the data has no such text column (or use age_band, price_band).</source>
        <translation>Kan inte segmentera efter ”%1”: data har ingen sådan textkolumn (eller använd age_band, price_band).</translation>
    </message>
</context>
<context>
    <name>FairnessService</name>
    <message>
        <source>Run %1 has no stored model to check.</source>
        <translation>Körning %1 har ingen lagrad modell att kontrollera.</translation>
    </message>
    <message>
        <source>The dataset has no sale_price column to compare with.</source>
        <translation>Datamängden har ingen kolumn sale_price att jämföra med.</translation>
    </message>
    <message>
        <source>Model %1 has no fairness check yet.</source>
        <translation>Modell %1 har ingen rättvisekontroll än.</translation>
    </message>
</context>
<context>
    <name>FeatureSpec</name>
    <message>
        <source>The feature options are invalid.</source>
        <translation>Egenskapsalternativen är ogiltiga.</translation>
    </message>
    <message>
        <source>The data has no numeric sale_price column to learn from.</source>
        <translation>Data har ingen numerisk kolumn sale_price att lära från.</translation>
    </message>
    <message>
        <source>The data has no sale_date column: the age at sale is unknown.</source>
        <translation>Data har ingen kolumn sale_date: åldern vid försäljningen är okänd.</translation>
    </message>
    <message>
        <source>The data has neither a model_year nor a first_registration column: the age at sale is unknown.</source>
        <translation>Data har varken en kolumn model_year eller en kolumn first_registration: åldern vid försäljningen är okänd.</translation>
    </message>
    <message>
        <source>A training row is out of range.</source>
        <translation>En träningsrad ligger utanför intervallet.</translation>
    </message>
    <message>
        <source>The data has no numeric sale_price column.</source>
        <translation>Data har ingen numerisk kolumn sale_price.</translation>
    </message>
    <message>
        <source>The stored feature specification is damaged.</source>
        <translation>Den lagrade egenskapsspecifikationen är skadad.</translation>
    </message>
    <message>
        <source>The feature specification was written by another version.</source>
        <translation>Egenskapsspecifikationen skrevs av en annan version.</translation>
    </message>
    <message>
        <source>A row to transform is out of range.</source>
        <translation>En rad att transformera ligger utanför intervallet.</translation>
    </message>
</context>
<context>
    <name>FieldReader</name>
    <message>
        <source>Column &apos;%1&apos; is mapped to %2, but its values are not dates in a known format (ISO, DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY).</source>
        <translation>Kolumnen &apos;%1&apos; är mappad till %2, men dess värden är inte datum i ett känt format (ISO, DD.MM.ÅÅÅÅ, DD/MM/ÅÅÅÅ, MM/DD/ÅÅÅÅ).</translation>
    </message>
    <message>
        <source>The dates in column &apos;%1&apos; (%2) could be day/month or month/day: every value is valid both ways. Choose the order (for example --date-order dmy or mdy).</source>
        <translation>Datumen i kolumnen &apos;%1&apos; (%2) kan vara dag/månad eller månad/dag: varje värde är giltigt på båda sätten. Välj ordningen (till exempel --date-order dmy eller mdy).</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; is mapped to column &apos;%2&apos;, which the file does not have.</source>
        <translation>Fältet &apos;%1&apos; är mappat till kolumnen &apos;%2&apos;, som inte finns i filen.</translation>
    </message>
    <message>
        <source>The constant &apos;%1&apos; for field &apos;%2&apos; is not an unambiguous date; write it as YYYY-MM-DD.</source>
        <translation>Konstanten &apos;%1&apos; för fältet &apos;%2&apos; är inget entydigt datum; skriv den som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; cannot come from indicator columns: they can only give text fields such as brand, model, fuel or region.</source>
        <translation>Fältet &apos;%1&apos; kan inte komma från indikatorkolumner: de kan bara ge textfält som märke, modell, drivmedel eller region.</translation>
    </message>
    <message>
        <source>Indicator column &apos;%1&apos; for field &apos;%2&apos; is not in the file.</source>
        <translation>Indikatorkolumnen &apos;%1&apos; för fältet &apos;%2&apos; finns inte i filen.</translation>
    </message>
    <message>
        <source>The constant &apos;%1&apos; for field &apos;%2&apos; cannot be read: %3.</source>
        <translation>Konstanten &apos;%1&apos; för fältet &apos;%2&apos; kan inte läsas: %3.</translation>
    </message>
    <message>
        <source>constant: %1</source>
        <translation>konstant: %1</translation>
    </message>
    <message>
        <source>indicators: %1</source>
        <translation>indikatorer: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>förväntade ett heltal</translation>
    </message>
    <message>
        <source>a year has no unit</source>
        <translation>ett årtal har ingen enhet</translation>
    </message>
    <message>
        <source>%1: both &apos;%2&apos; and &apos;%3&apos; are set; an indicator group needs exactly one</source>
        <translation>%1: både &apos;%2&apos; och &apos;%3&apos; är satta; en indikatorgrupp kräver exakt en</translation>
    </message>
    <message>
        <source>%1: indicator value is not 1/0, yes/no or true/false</source>
        <translation>%1: indikatorvärdet är inte 1/0, yes/no eller true/false</translation>
    </message>
</context>
<context>
    <name>FileByteSource</name>
    <message>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation>Filen &apos;%1&apos; finns inte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a file.</source>
        <translation>&apos;%1&apos; är en mapp, inte en fil.</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation>Det går inte att öppna &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>Det går inte att läsa &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import a car-sales CSV file into a workspace as a new dataset version.</source>
        <translation>Importera en CSV-fil med bilförsäljningar till en arbetsyta som en ny datamängdsversion.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>CSV-filen som ska importeras.</translation>
    </message>
    <message>
        <source>Dataset name (default: the file&apos;s base name).</source>
        <translation>Datamängdens namn (standard: filens basnamn).</translation>
    </message>
    <message>
        <source>Add the rows as a new version of the existing dataset NAME.</source>
        <translation>Lägg till raderna som en ny version av den befintliga datamängden NAME.</translation>
    </message>
    <message>
        <source>Column mapping saved as JSON (default: automatic).</source>
        <translation>Kolumnmappning sparad som JSON (standard: automatisk).</translation>
    </message>
    <message>
        <source>Write the mapping used to this JSON file.</source>
        <translation>Skriv den använda mappningen till den här JSON-filen.</translation>
    </message>
    <message>
        <source>auto, &apos;,&apos;, &apos;;&apos;, tab or pipe (default auto).</source>
        <translation>auto, &apos;,&apos;, &apos;;&apos;, tab eller pipe (standard auto).</translation>
    </message>
    <message>
        <source>auto, utf-8, utf-16, windows-1252 or iso-8859-1 (default auto).</source>
        <translation>auto, utf-8, utf-16, windows-1252 eller iso-8859-1 (standard auto).</translation>
    </message>
    <message>
        <source>Decimal separator: auto, &apos;.&apos; or &apos;,&apos; (default auto).</source>
        <translation>Decimaltecken: auto, &apos;.&apos; eller &apos;,&apos; (standard auto).</translation>
    </message>
    <message>
        <source>First row is a header: auto, yes or no (default auto).</source>
        <translation>Första raden är en rubrikrad: auto, yes eller no (standard auto).</translation>
    </message>
    <message>
        <source>Order of ambiguous slash dates: auto, dmy (DD/MM/YYYY) or mdy (MM/DD/YYYY).</source>
        <translation>Ordning för tvetydiga datum med snedstreck: auto, dmy (DD/MM/ÅÅÅÅ) eller mdy (MM/DD/ÅÅÅÅ).</translation>
    </message>
    <message>
        <source>Write the rejected rows to this CSV file.</source>
        <translation>Skriv de avvisade raderna till den här CSV-filen.</translation>
    </message>
    <message>
        <source>--delimiter must be auto, &apos;,&apos;, &apos;;&apos;, tab or pipe, not &apos;%1&apos;</source>
        <translation>--delimiter måste vara auto, &apos;,&apos;, &apos;;&apos;, tab eller pipe, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8, utf-16, windows-1252 or iso-8859-1, not &apos;%1&apos;</source>
        <translation>--encoding måste vara auto, utf-8, utf-16, windows-1252 eller iso-8859-1, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--decimal must be auto, &apos;.&apos; or &apos;,&apos;, not &apos;%1&apos;</source>
        <translation>--decimal måste vara auto, &apos;.&apos; eller &apos;,&apos;, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--header must be auto, yes or no, not &apos;%1&apos;</source>
        <translation>--header måste vara auto, yes eller no, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--date-order must be auto, dmy or mdy, not &apos;%1&apos;</source>
        <translation>--date-order måste vara auto, dmy eller mdy, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected exactly one CSV file</source>
        <translation>förväntade exakt en CSV-fil</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importerar %1</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>byte</translation>
    </message>
    <message>
        <source>Imported %1 as %2: %3 rows read, %4 imported, %5 rejected (%6 s).</source>
        <translation>Importerade %1 som %2: %3 rader lästa, %4 importerade, %5 avvisade (%6 s).</translation>
    </message>
    <message>
        <source>  line %1%2: %3</source>
        <translation>  rad %1%2: %3</translation>
    </message>
    <message>
        <source>  … %1 more; see --json or --rejects-out.</source>
        <translation>  … %1 till; se --json eller --rejects-out.</translation>
    </message>
</context>
<context>
    <name>ImportEngine</name>
    <message>
        <source>The file has no columns.</source>
        <translation>Filen har inga kolumner.</translation>
    </message>
    <message>
        <source>The chunk size must be at least one row.</source>
        <translation>Blockstorleken måste vara minst en rad.</translation>
    </message>
    <message>
        <source>line number</source>
        <translation>radnummer</translation>
    </message>
    <message>
        <source>a date reads both as day/month and as month/day, and the rest of its column does not say which</source>
        <translation>ett datum kan läsas både som dag/månad och som månad/dag, och resten av kolumnen avgör inte vilket</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>förväntade %1 fält som i rubrikraden, hittade %2</translation>
    </message>
    <message>
        <source>too many ambiguous dates to hold back</source>
        <translation>för många tvetydiga datum att hålla tillbaka</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>This looks like a binary file, not CSV text (a NUL byte at offset %1).</source>
        <translation>Det här ser ut som en binärfil, inte CSV-text (en NUL-byte vid position %1).</translation>
    </message>
    <message>
        <source>The file holds no CSV records.</source>
        <translation>Filen innehåller inga CSV-poster.</translation>
    </message>
    <message>
        <source>Set by you.</source>
        <translation>Angivet av dig.</translation>
    </message>
    <message>
        <source>The delimiter &apos;%1&apos; is a guess (confidence %2 %); check the preview.</source>
        <translation>Avgränsaren &apos;%1&apos; är en gissning (konfidens %2 %); kontrollera förhandsvisningen.</translation>
    </message>
    <message>
        <source>The header repeats column names; repeats were renamed (%1).</source>
        <translation>Rubrikraden upprepar kolumnnamn; upprepningarna har bytt namn (%1).</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file has no data rows.</source>
        <translation>%1: filen har inga datarader.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Det går inte att skriva &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Cannot read the mapping &apos;%1&apos;: %2</source>
        <translation>Det går inte att läsa mappningen &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show a workspace&apos;s schema version, creation and row counts.</source>
        <translation>Visa en arbetsytas schemaversion, skapande och radantal.</translation>
    </message>
    <message>
        <source>Workspace:      %1</source>
        <translation>Arbetsyta:      %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion:  %1</translation>
    </message>
    <message>
        <source>Created:        %1 by %2</source>
        <translation>Skapad:         %1 av %2</translation>
    </message>
    <message>
        <source>File size:      %1 bytes</source>
        <translation>Filstorlek:     %1 byte</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>Rader per tabell:</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new, empty workspace file.</source>
        <translation>Skapa en ny, tom arbetsytefil.</translation>
    </message>
    <message>
        <source>Also import the bundled demo sales data as dataset &apos;demo-sales&apos;.</source>
        <translation>Importera även de medföljande demoförsäljningsdata som datamängden &apos;demo-sales&apos;.</translation>
    </message>
    <message>
        <source>Importing the demo data</source>
        <translation>Importerar demodata</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>byte</translation>
    </message>
    <message>
        <source>Created workspace %1 (schema %2).</source>
        <translation>Skapade arbetsytan %1 (schema %2).</translation>
    </message>
</context>
<context>
    <name>LearnerFactory</name>
    <message>
        <source>Boosting rounds (trees).</source>
        <translation>Boostingrundor (träd).</translation>
    </message>
    <message>
        <source>Maximum depth of each tree.</source>
        <translation>Maximalt djup för varje träd.</translation>
    </message>
    <message>
        <source>Learning rate: how much each tree contributes.</source>
        <translation>Inlärningstakt: hur mycket varje träd bidrar.</translation>
    </message>
    <message>
        <source>Share of rows sampled for each tree.</source>
        <translation>Andel av raderna som samplas för varje träd.</translation>
    </message>
    <message>
        <source>Share of features sampled for each tree.</source>
        <translation>Andel av egenskaperna som samplas för varje träd.</translation>
    </message>
    <message>
        <source>Minimum number of rows (hessian weight) in a leaf.</source>
        <translation>Minsta antal rader (hessevikt) i ett löv.</translation>
    </message>
    <message>
        <source>L2 regularisation of leaf values.</source>
        <translation>L2-regularisering av lövvärdena.</translation>
    </message>
    <message>
        <source>L1 regularisation of leaf values.</source>
        <translation>L1-regularisering av lövvärdena.</translation>
    </message>
    <message>
        <source>Histogram bins per numeric feature.</source>
        <translation>Histogramklasser per numerisk egenskap.</translation>
    </message>
    <message>
        <source>Categories up to this count are split one against the rest.</source>
        <translation>Kategorier upp till det här antalet delas upp en mot resten.</translation>
    </message>
    <message>
        <source>Stop after this many rounds without validation improvement (0 = off).</source>
        <translation>Stoppa efter så här många rundor utan förbättring i valideringen (0 = av).</translation>
    </message>
    <message>
        <source>Ridge penalty on the standardised coefficients.</source>
        <translation>Ridge-straff på de standardiserade koefficienterna.</translation>
    </message>
    <message>
        <source>Width of the age bands in years.</source>
        <translation>Bredd på åldersklasserna i år.</translation>
    </message>
    <message>
        <source>Fewest rows a group needs before its median is used.</source>
        <translation>Minsta antal rader en grupp behöver innan dess median används.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>%1 måste vara ett heltal från %2 till %3, inte &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>%1 måste vara ett tal från %2 till %3, inte &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>Unknown learner &apos;%1&apos;. Choose one of: %2.</source>
        <translation>Okänd inlärningsalgoritm &apos;%1&apos;. Välj en av: %2.</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;. Choose one of: %2.</source>
        <translation>Okänd förinställning &apos;%1&apos;. Välj en av: %2.</translation>
    </message>
    <message>
        <source>Unknown parameter &apos;%1&apos; for the %2 learner. Known parameters: %3.</source>
        <translation>Okänd parameter &apos;%1&apos; för inlärningsalgoritmen %2. Kända parametrar: %3.</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>Charts can be saved as .png, .svg or .pdf, not &apos;%1&apos;.</source>
        <translation>Diagram kan sparas som .png, .svg eller .pdf, inte som ”%1”.</translation>
    </message>
    <message>
        <source>Could not write the chart to &apos;%1&apos;.</source>
        <translation>Diagrammet kunde inte skrivas till ”%1”.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Spara diagram</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-bild (*.png);;SVG-grafik (*.svg);;PDF-dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PredictCommand</name>
    <message>
        <source>Score a CSV of cars with a stored model and write the predicted prices.</source>
        <translation>Värdera en CSV-fil med bilar med en lagrad modell och skriv de förutsagda priserna.</translation>
    </message>
    <message>
        <source>Model id (= run id).</source>
        <translation>Modell-id (= körnings-id).</translation>
    </message>
    <message>
        <source>CSV to score (any dialect the import reads).</source>
        <translation>CSV-fil att värdera (alla dialekter som importen kan läsa).</translation>
    </message>
    <message>
        <source>Where to write the scored CSV.</source>
        <translation>Var den värderade CSV-filen ska skrivas.</translation>
    </message>
    <message>
        <source>Sale date assumed for rows without one (YYYY-MM-DD; default today).</source>
        <translation>Försäljningsdatum som antas för rader utan något (YYYY-MM-DD; standard i dag).</translation>
    </message>
    <message>
        <source>Write licence plates unmasked (personal data).</source>
        <translation>Skriv registreringsnummer omaskerade (personuppgifter).</translation>
    </message>
    <message>
        <source>--model needs a model id (a number), not &apos;%1&apos;</source>
        <translation>--model kräver ett modell-id (ett tal), inte ”%1”</translation>
    </message>
    <message>
        <source>--valuation-date must be a date like 2025-06-30, not &apos;%1&apos;</source>
        <translation>--valuation-date måste vara ett datum som 2025-06-30, inte ”%1”</translation>
    </message>
    <message>
        <source>Scoring %1</source>
        <translation>Värderar %1</translation>
    </message>
    <message>
        <source>Scored %1 of %2 rows with model %3 into %4 (%5 s).</source>
        <translation>Värderade %1 av %2 rader med modell %3 till %4 (%5 s).</translation>
    </message>
    <message>
        <source>  line %1: not scored: %2</source>
        <translation>  filrad %1: inte värderad: %2</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Läser %1</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>byte</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rader</translation>
    </message>
    <message>
        <source>  ... and %1 more (see --json).</source>
        <translation>  ... och %1 till (se --json).</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n row(s) with a category the model never saw (scored as missing)</source>
        <translation>
            <numerusform>  %1: %n rad med en kategori som modellen aldrig sett (värderad som saknad)</numerusform>
            <numerusform>  %1: %n rader med en kategori som modellen aldrig sett (värderade som saknade)</numerusform>
        </translation>
    </message>
    <message>
        <source>  missing columns (scored as missing): %1</source>
        <translation>  saknade kolumner (värderade som saknade): %1</translation>
    </message>
</context>
<context>
    <name>PredictionService</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Kan inte skriva ”%1”: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Run %1 has no stored model to predict with.</source>
        <translation>Körning %1 har ingen sparad modell att göra prognoser med.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Profile a dataset version, run the quality checks and the data contract, and store the gate.</source>
        <translation>Profilera en datamängdsversion, kör kvalitetskontrollerna och datakontraktet och spara grinden.</translation>
    </message>
    <message>
        <source>Dataset version: NAME, NAME@VERSION or NAME@latest.</source>
        <translation>Datamängdsversion: NAME, NAME@VERSION eller NAME@latest.</translation>
    </message>
    <message>
        <source>Data contract (ODCS v3 YAML); default: the shipped contract.</source>
        <translation>Datakontrakt (ODCS v3 YAML); standard: det medföljande kontraktet.</translation>
    </message>
    <message>
        <source>&apos;Today&apos; for freshness and stale-data rules (YYYY-MM-DD); default: the current date.</source>
        <translation>”I dag” för aktualitets- och inaktualitetsregler (YYYY-MM-DD); standard: dagens datum.</translation>
    </message>
    <message>
        <source>Exit with 1 when the quality gate fails.</source>
        <translation>Avsluta med 1 när kvalitetsgrinden underkänner.</translation>
    </message>
    <message>
        <source>--reference-date must be a date like 2025-06-30, not &apos;%1&apos;</source>
        <translation>--reference-date måste vara ett datum som 2025-06-30, inte ”%1”</translation>
    </message>
    <message>
        <source>Profiling %1</source>
        <translation>Profilerar %1</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 columns. Quality gate: %4 (checks %5, contract %6).</source>
        <translation>%1: %2 rader, %3 kolumner. Kvalitetsgrind: %4 (kontroller %5, kontrakt %6).</translation>
    </message>
    <message>
        <source>Also write the report with its charts to this file: .html (self-contained) or .pdf (A4).</source>
        <translation>Skriv även rapporten med dess diagram till den här filen: .html (fristående) eller .pdf (A4).</translation>
    </message>
    <message>
        <source>--report must name a .html or .pdf file, not &apos;%1&apos;</source>
        <translation>--report måste ange en .html- eller .pdf-fil, inte ”%1”</translation>
    </message>
    <message>
        <source>Writing a report needs the widgets module.</source>
        <translation>Att skriva en rapport kräver widgets-modulen.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapporten skrevs till %1.</translation>
    </message>
</context>
<context>
    <name>ProposalText</name>
    <message>
        <source>integer</source>
        <translation>heltal</translation>
    </message>
    <message>
        <source>decimal</source>
        <translation>decimaltal</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>t.ex. %1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>day/month order undecided</source>
        <translation>ordningen dag/månad oavgjord</translation>
    </message>
    <message>
        <source>text (yes/no)</source>
        <translation>text (ja/nej)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>enhet %1</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 med BOM</translation>
    </message>
    <message>
        <source>UTF-16 little endian</source>
        <translation>UTF-16 little endian</translation>
    </message>
    <message>
        <source>UTF-16 big endian</source>
        <translation>UTF-16 big endian</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Västeuropa)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>comma ,</source>
        <translation>komma ,</translation>
    </message>
    <message>
        <source>semicolon ;</source>
        <translation>semikolon ;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>pipe |</source>
        <translation>lodstreck |</translation>
    </message>
    <message>
        <source>space</source>
        <translation>blanksteg</translation>
    </message>
</context>
<context>
    <name>QualityCharts</name>
    <message>
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <source>month</source>
        <translation>månad</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (items per row)</source>
        <translation>%1 (element per rad)</translation>
    </message>
    <message>
        <source>Rows (count)</source>
        <translation>Rader (antal)</translation>
    </message>
    <message>
        <source>Most frequent values of %1</source>
        <translation>Vanligaste värdena för %1</translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation>Fördelning för %1</translation>
    </message>
    <message>
        <source>%1 has no values to chart.</source>
        <translation>%1 har inga värden att visa i ett diagram.</translation>
    </message>
    <message>
        <source>Missing values per column</source>
        <translation>Saknade värden per kolumn</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Missing (% of rows)</source>
        <translation>Saknas (% av raderna)</translation>
    </message>
    <message>
        <source>The report has no columns.</source>
        <translation>Rapporten har inga kolumner.</translation>
    </message>
    <message>
        <source>Population Stability Index per feature</source>
        <translation>Population Stability Index per egenskap</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Egenskap</translation>
    </message>
    <message>
        <source>PSI (index, 0 = no drift)</source>
        <translation>PSI (index, 0 = ingen drift)</translation>
    </message>
    <message>
        <source>OK (PSI ≤ %1)</source>
        <translation>OK (PSI ≤ %1)</translation>
    </message>
    <message>
        <source>Warn (PSI &gt; %1)</source>
        <translation>Varning (PSI &gt; %1)</translation>
    </message>
    <message>
        <source>Alert (PSI &gt; %1)</source>
        <translation>Larm (PSI &gt; %1)</translation>
    </message>
    <message>
        <source>warn %1</source>
        <translation>varning %1</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>larm %1</translation>
    </message>
    <message>
        <source>No features were compared.</source>
        <translation>Inga egenskaper jämfördes.</translation>
    </message>
    <message>
        <source>%1 bins (reference quantiles)</source>
        <translation>%1 klasser (referenskvantiler)</translation>
    </message>
    <message>
        <source>%1 categories</source>
        <translation>%1 kategorier</translation>
    </message>
    <message>
        <source>Reference vs current: %1 (PSI %2)</source>
        <translation>Referens mot aktuell: %1 (PSI %2)</translation>
    </message>
    <message>
        <source>Share of rows (%)</source>
        <translation>Andel av raderna (%)</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Referens %1</translation>
    </message>
    <message>
        <source>Current %1</source>
        <translation>Aktuell %1</translation>
    </message>
    <message>
        <source>%1 has no bins.</source>
        <translation>%1 har inga klasser.</translation>
    </message>
    <message numerus="yes">
        <source>central 99 %: %n row(s) below and %1 above the axis not shown</source>
        <translation>
            <numerusform>mittersta 99 %: %n rad under och %1 över axeln visas inte</numerusform>
            <numerusform>mittersta 99 %: %n rader under och %1 över axeln visas inte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityChecks</name>
    <message>
        <source>Completeness of %1</source>
        <translation>Fullständighet för %1</translation>
    </message>
    <message>
        <source>The required field %1 has no column.</source>
        <translation>Det obligatoriska fältet %1 har ingen kolumn.</translation>
    </message>
    <message>
        <source>%1 is missing in %2 of %3 rows (null, empty or a placeholder such as &quot;n/a&quot;).</source>
        <translation>%1 saknas i %2 av %3 rader (null, tomt eller en platshållare som ”n/a”).</translation>
    </message>
    <message>
        <source>Exact duplicate rows</source>
        <translation>Exakta dubblettrader</translation>
    </message>
    <message>
        <source>%1 rows repeat an earlier row in every data column (%2 distinct rows have copies); the first copy is kept and not counted.</source>
        <translation>%1 rader upprepar en tidigare rad i varje datakolumn (%2 distinkta rader har kopior); den första kopian behålls och räknas inte.</translation>
    </message>
    <message>
        <source>Same car sold twice on one day</source>
        <translation>Samma bil såld två gånger samma dag</translation>
    </message>
    <message>
        <source>%1 rows repeat the plate and sale date of an earlier row (rows without a plate or sale date are not compared).</source>
        <translation>%1 rader upprepar registreringsnummer och försäljningsdatum från en tidigare rad (rader utan registreringsnummer eller försäljningsdatum jämförs inte).</translation>
    </message>
    <message>
        <source>Impossible %1</source>
        <translation>Omöjliga värden i %1</translation>
    </message>
    <message>
        <source>%1 rows have a model year before %2 or more than %3 year(s) after the sale.</source>
        <translation>%1 rader har en årsmodell före %2 eller mer än %3 år efter försäljningen.</translation>
    </message>
    <message>
        <source>%1 rows have a negative mileage or one above %2 km.</source>
        <translation>%1 rader har en negativ mätarställning eller en över %2 km.</translation>
    </message>
    <message>
        <source>%1 rows have a sale price of zero or less.</source>
        <translation>%1 rader har ett försäljningspris på noll eller mindre.</translation>
    </message>
    <message>
        <source>%1 rows have a power of 0 kW or less, or above %2 kW.</source>
        <translation>%1 rader har en effekt på 0 kW eller mindre, eller över %2 kW.</translation>
    </message>
    <message>
        <source>%1 rows have a sale date before %2 or after %3.</source>
        <translation>%1 rader har ett försäljningsdatum före %2 eller efter %3.</translation>
    </message>
    <message>
        <source>(no upper bound)</source>
        <translation>(ingen övre gräns)</translation>
    </message>
    <message>
        <source>Mileage implausible for the car&apos;s age</source>
        <translation>Mätarställningen är orimlig för bilens ålder</translation>
    </message>
    <message>
        <source>%1 rows have more than %2 km per year of age (age = sale year - model year, at least 1).</source>
        <translation>%1 rader har mer än %2 km per års ålder (ålder = försäljningsår - årsmodell, minst 1).</translation>
    </message>
    <message>
        <source>Price outliers</source>
        <translation>Avvikande priser</translation>
    </message>
    <message>
        <source>%1 of %2 prices are more than %3 robust standard deviations (median absolute deviation of log price) from comparable cars (brand, model, age band; small groups fall back to brand and age, brand, all cars).</source>
        <translation>%1 av %2 priser ligger mer än %3 robusta standardavvikelser (medianabsolutavvikelse för log-priset) från jämförbara bilar (märke, modell, åldersklass; små grupper faller tillbaka på märke och ålder, märke, alla bilar).</translation>
    </message>
    <message>
        <source>Brand spelling variants</source>
        <translation>Stavningsvarianter av märke</translation>
    </message>
    <message>
        <source>%1 rows write the brand differently from its canonical spelling (%2 variant spellings).</source>
        <translation>%1 rader skriver märket annorlunda än dess kanoniska stavning (%2 stavningsvarianter).</translation>
    </message>
    <message>
        <source>Model spelling variants</source>
        <translation>Stavningsvarianter av modell</translation>
    </message>
    <message>
        <source>%1 rows write the model differently from its canonical spelling within the brand (%2 variant spellings; trim text after a comma or quote counts as a variant).</source>
        <translation>%1 rader skriver modellen annorlunda än dess kanoniska stavning inom märket (%2 stavningsvarianter; utrustningstext efter ett kommatecken eller citattecken räknas som en variant).</translation>
    </message>
    <message>
        <source>Unknown equipment items</source>
        <translation>Okända utrustningsdetaljer</translation>
    </message>
    <message>
        <source>Rare equipment items</source>
        <translation>Sällsynta utrustningsdetaljer</translation>
    </message>
    <message>
        <source>%1 rows list equipment outside the known vocabulary (%2 distinct unknown items).</source>
        <translation>%1 rader anger utrustning utanför det kända ordförrådet (%2 distinkta okända detaljer).</translation>
    </message>
    <message>
        <source>%1 rows list an equipment item that at most %2 rows use (%3 such items).</source>
        <translation>%1 rader anger en utrustningsdetalj som högst %2 rader använder (%3 sådana detaljer).</translation>
    </message>
    <message>
        <source>Stale data</source>
        <translation>Inaktuella data</translation>
    </message>
    <message>
        <source>No row has a sale date.</source>
        <translation>Ingen rad har ett försäljningsdatum.</translation>
    </message>
    <message>
        <source>The newest sale (%1) is %2 days old, more than %3 days: prices may have moved since.</source>
        <translation>Den senaste försäljningen (%1) är %2 dagar gammal, mer än %3 dagar: priserna kan ha ändrats sedan dess.</translation>
    </message>
    <message>
        <source>The newest sale (%1) is %2 days old.</source>
        <translation>Den senaste försäljningen (%1) är %2 dagar gammal.</translation>
    </message>
    <message>
        <source>Whitespace in text</source>
        <translation>Blanksteg i text</translation>
    </message>
    <message>
        <source>%1 rows have text with leading, trailing or repeated spaces.</source>
        <translation>%1 rader har text med inledande, avslutande eller upprepade blanksteg.</translation>
    </message>
</context>
<context>
    <name>QualityReportDocument</name>
    <message>
        <source>Cannot write the report to &apos;%1&apos;: %2</source>
        <translation>Kan inte skriva rapporten till ”%1”: %2</translation>
    </message>
    <message>
        <source>Data quality report: %1@%2</source>
        <translation>Datakvalitetsrapport: %1@%2</translation>
    </message>
    <message>
        <source>Cannot write the report to &apos;%1&apos;.</source>
        <translation>Kan inte skriva rapporten till ”%1”.</translation>
    </message>
    <message>
        <source>A report is written as .html or .pdf; &apos;%1&apos; has neither extension.</source>
        <translation>En rapport skrivs som .html eller .pdf; ”%1” har ingen av de filändelserna.</translation>
    </message>
</context>
<context>
    <name>QualityReportHtml</name>
    <message>
        <source>Data quality report: %1</source>
        <translation>Datakvalitetsrapport: %1</translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation>Grind: %1</translation>
    </message>
    <message>
        <source>the worse of the quality checks and the data contract</source>
        <translation>det sämre resultatet av kvalitetskontrollerna och datakontraktet</translation>
    </message>
    <message>
        <source>The quality gate failed: training on this version needs an explicit override with a reason, recorded in the audit log.</source>
        <translation>Kvalitetsgrinden är underkänd: träning på den här versionen kräver ett uttryckligt åsidosättande med en motivering, som registreras i granskningsloggen.</translation>
    </message>
    <message>
        <source>Dataset version</source>
        <translation>Datamängdsversion</translation>
    </message>
    <message>
        <source>Rows, columns</source>
        <translation>Rader, kolumner</translation>
    </message>
    <message>
        <source>%1 rows, %2 columns</source>
        <translation>%1 rader, %2 kolumner</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Kontrollerad</translation>
    </message>
    <message>
        <source>%1 by %2 (reference date %3)</source>
        <translation>%1 av %2 (referensdatum %3)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <source>Newest sale</source>
        <translation>Senaste försäljning</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) before the reference date)</source>
        <translation>
            <numerusform>%1 (%n dag före referensdatumet)</numerusform>
            <numerusform>%1 (%n dagar före referensdatumet)</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>Data contract</source>
        <translation>Datakontrakt</translation>
    </message>
    <message>
        <source>“%1” version %2 (%3)</source>
        <translation>”%1” version %2 (%3)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>%1 fail, %2 warn, %3 pass</source>
        <translation>%1 underkända, %2 med varning, %3 godkända</translation>
    </message>
    <message>
        <source>Contract rules</source>
        <translation>Kontraktsregler</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubbletter</translation>
    </message>
    <message>
        <source>%1 exact duplicate rows, %2 repeated (plate, sale date) pairs</source>
        <translation>%1 exakta dubblettrader, %2 upprepade par (registreringsnummer, försäljningsdatum)</translation>
    </message>
    <message>
        <source>Quality checks and contract rules</source>
        <translation>Kvalitetskontroller och kontraktsregler</translation>
    </message>
    <message>
        <source>Worst first. Rows: offending rows; share: of the rows each check or rule looked at.</source>
        <translation>Värsta först. Rader: berörda rader; andel: av de rader som respektive kontroll eller regel granskade.</translation>
    </message>
    <message>
        <source>Column profiles</source>
        <translation>Kolumnprofiler</translation>
    </message>
    <message>
        <source>Drift: %1 against %2</source>
        <translation>Drift: %1 mot %2</translation>
    </message>
    <message>
        <source>Overall: %1. Numeric features binned on %2 reference quantiles; PSI floor %3; warn above PSI %4, alert above %5. Status by PSI only; KS D is an effect size.</source>
        <translation>Totalt: %1. Numeriska egenskaper indelade i klasser efter %2 referenskvantiler; PSI-golv %3; varning över PSI %4, larm över %5. Status enbart efter PSI; KS D är en effektstorlek.</translation>
    </message>
    <message>
        <source>Data quality report: %1@%2</source>
        <translation>Datakvalitetsrapport: %1@%2</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Saknade värden</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Fördelningar</translation>
    </message>
    <message>
        <source>Generated by Car Valuator.</source>
        <translation>Skapad av Car Valuator.</translation>
    </message>
</context>
<context>
    <name>QualityService</name>
    <message>
        <source>Cannot read the data contract &apos;%1&apos;: %2</source>
        <translation>Kan inte läsa datakontraktet ”%1”: %2</translation>
    </message>
    <message>
        <source>The cleaning plan has no steps: nothing to do.</source>
        <translation>Rensningsplanen har inga steg: inget att göra.</translation>
    </message>
    <message>
        <source>Overriding a failed quality gate needs a reason.</source>
        <translation>Att åsidosätta en underkänd kvalitetsgrind kräver en motivering.</translation>
    </message>
</context>
<context>
    <name>QualityStore</name>
    <message>
        <source>This dataset version has no quality report yet: profile it first.</source>
        <translation>Den här datamängdsversionen har ingen kvalitetsrapport än: profilera den först.</translation>
    </message>
</context>
<context>
    <name>RidgeLearner</name>
    <message>
        <source>Training needs at least two rows, each with a finite target.</source>
        <translation>Träningen kräver minst två rader, var och en med ett ändligt målvärde.</translation>
    </message>
    <message>
        <source>The linear model could not be solved; try a larger lambda.</source>
        <translation>Den linjära modellen kunde inte lösas; försök med ett större lambda.</translation>
    </message>
</context>
<context>
    <name>RidgeModel</name>
    <message>
        <source>The data&apos;s features do not match the model&apos;s features.</source>
        <translation>Egenskaperna i data stämmer inte med modellens egenskaper.</translation>
    </message>
    <message>
        <source>The linear model is damaged or not a linear model.</source>
        <translation>Den linjära modellen är skadad eller ingen linjär modell.</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>There is no training run %1 in this workspace.</source>
        <translation>Det finns ingen träningskörning %1 i den här arbetsytan.</translation>
    </message>
    <message>
        <source>There is no model %1 in this workspace.</source>
        <translation>Det finns ingen modell %1 i den här arbetsytan.</translation>
    </message>
    <message>
        <source>Model %1 is damaged: its bytes do not match the stored hash.</source>
        <translation>Modellen %1 är skadad: dess byte stämmer inte med det lagrade hashvärdet.</translation>
    </message>
    <message>
        <source>A run needs a name.</source>
        <translation>En körning behöver ett namn.</translation>
    </message>
</context>
<context>
    <name>RunsCommand</name>
    <message>
        <source>List training runs, or show, rename, tag or delete one.</source>
        <translation>Lista träningskörningar, eller visa, byt namn på, tagga eller ta bort en.</translation>
    </message>
    <message>
        <source>What to do (default list):
list: all runs, newest first
show ID: one run in detail
rename ID NAME: give a run a new name
tag ID TAG...: replace its tags (none clears them)
delete ID: delete a run and its model
rename, tag and delete go to the audit log.</source>
        <translation>Vad som ska göras (standard list):
list: alla körningar, nyaste först
show ID: en körning i detalj
rename ID NAME: ge en körning ett nytt namn
tag ID TAG...: ersätt dess taggar (inga tar bort dem)
delete ID: ta bort en körning och dess modell
rename, tag och delete skrivs till granskningsloggen.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: expected list, show, rename, tag or delete</source>
        <translation>okänd åtgärd &apos;%1&apos;: förväntade list, show, rename, tag eller delete</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list tar inga argument</translation>
    </message>
    <message>
        <source>%1 needs a run id (a number)</source>
        <translation>%1 behöver ett körnings-id (ett tal)</translation>
    </message>
    <message>
        <source>expected show ID, rename ID NAME, tag ID TAG... or delete ID</source>
        <translation>förväntade show ID, rename ID NAME, tag ID TAG... eller delete ID</translation>
    </message>
    <message>
        <source>Deleted run %1 and its model.</source>
        <translation>Körning %1 och dess modell har tagits bort.</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Körning %1: %2</translation>
    </message>
    <message>
        <source>  learner: %1, dataset: %2 (sha256 %3), quality gate: %4</source>
        <translation>  inlärningsalgoritm: %1, datamängd: %2 (sha256 %3), kvalitetsgrind: %4</translation>
    </message>
    <message>
        <source>  gate override: %1</source>
        <translation>  åsidosatt grind: %1</translation>
    </message>
    <message>
        <source>  tags: %1</source>
        <translation>  taggar: %1</translation>
    </message>
    <message>
        <source>  trained by %1 at %2 in %3 s</source>
        <translation>  tränad av %1 %2 på %3 s</translation>
    </message>
</context>
<context>
    <name>Splitter</name>
    <message>
        <source>A time split needs the sale_date column.</source>
        <translation>En tidsuppdelning behöver kolumnen sale_date.</translation>
    </message>
    <message>
        <source>A time split needs at least two rows with a sale date.</source>
        <translation>En tidsuppdelning behöver minst två rader med försäljningsdatum.</translation>
    </message>
    <message>
        <source>There are fewer rows than folds.</source>
        <translation>Det finns färre rader än delmängder (folds).</translation>
    </message>
    <message>
        <source>A split grouped by car needs the plate column.</source>
        <translation>En uppdelning grupperad efter bil behöver kolumnen plate.</translation>
    </message>
    <message>
        <source>There are fewer distinct cars than folds.</source>
        <translation>Det finns färre distinkta bilar än delmängder (folds).</translation>
    </message>
    <message>
        <source>Unknown split kind.</source>
        <translation>Okänd typ av uppdelning.</translation>
    </message>
    <message>
        <source>The split seed is not a whole number.</source>
        <translation>Slumpfröet för uppdelningen är inget heltal.</translation>
    </message>
    <message>
        <source>The number of folds must be from 2 to 20, not %1.</source>
        <translation>Antalet delmängder (folds) måste vara från 2 till 20, inte %1.</translation>
    </message>
    <message>
        <source>The test share of a time split must be above 0 and at most 0.5, not %1.</source>
        <translation>Testandelen i en tidsuppdelning måste vara större än 0 och högst 0,5, inte %1.</translation>
    </message>
    <message>
        <source>A row to split is out of range.</source>
        <translation>En rad att dela upp ligger utanför intervallet.</translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message>
        <source>Train and validate a model on a dataset version and store the run.</source>
        <translation>Träna och validera en modell på en datamängdsversion och spara körningen.</translation>
    </message>
    <message>
        <source>Dataset version (NAME[@V]).</source>
        <translation>Datamängdsversion (NAME[@V]).</translation>
    </message>
    <message>
        <source>xgboost, linear or baseline (default xgboost).</source>
        <translation>xgboost, linear eller baseline (standard xgboost).</translation>
    </message>
    <message>
        <source>fast, balanced or accurate (default balanced).</source>
        <translation>fast, balanced eller accurate (standard balanced).</translation>
    </message>
    <message>
        <source>Validation: time (default), kfold or group (by plate).</source>
        <translation>Validering: time (standard), kfold eller group (efter registreringsnummer).</translation>
    </message>
    <message>
        <source>Folds for kfold/group (default 5).</source>
        <translation>Delmängder (folds) för kfold/group (standard 5).</translation>
    </message>
    <message>
        <source>Random seed (default 42).</source>
        <translation>Slumpfrö (standard 42).</translation>
    </message>
    <message>
        <source>Threads (default 2).</source>
        <translation>Trådar (standard 2).</translation>
    </message>
    <message>
        <source>Learner parameter, repeatable: --set max_depth=6.</source>
        <translation>Parameter för inlärningsalgoritmen, kan upprepas: --set max_depth=6.</translation>
    </message>
    <message>
        <source>Run name.</source>
        <translation>Körningens namn.</translation>
    </message>
    <message>
        <source>Tag, repeatable.</source>
        <translation>Tagg, kan upprepas.</translation>
    </message>
    <message>
        <source>Train although the quality gate failed; the reason goes to the audit log.</source>
        <translation>Träna trots underkänd kvalitetsgrind; motiveringen registreras i granskningsloggen.</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--set kräver KEY=VALUE, inte ”%1”</translation>
    </message>
    <message>
        <source>--split must be time, kfold or group</source>
        <translation>--split måste vara time, kfold eller group</translation>
    </message>
    <message>
        <source>--folds must be a number from 2 to 20</source>
        <translation>--folds måste vara ett tal från 2 till 20</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed måste vara ett icke-negativt heltal</translation>
    </message>
    <message>
        <source>--threads must be a number from 1 to 256</source>
        <translation>--threads måste vara ett tal från 1 till 256</translation>
    </message>
    <message>
        <source>Training %1 on %2</source>
        <translation>Tränar %1 på %2</translation>
    </message>
    <message>
        <source>Run %1 (%2): %3 on %4, %5 s</source>
        <translation>Körning %1 (%2): %3 på %4, %5 s</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>The model returned a wrong number of predictions.</source>
        <translation>Modellen returnerade fel antal förutsägelser.</translation>
    </message>
    <message>
        <source>The data has no numeric sale_price column to learn from.</source>
        <translation>Data har ingen numerisk kolumn sale_price att lära från.</translation>
    </message>
    <message>
        <source>There are too few rows with a price to train on.</source>
        <translation>Det finns för få rader med pris att träna på.</translation>
    </message>
    <message>
        <source>The thread count of the training settings is out of range.</source>
        <translation>Antalet trådar i träningsinställningarna ligger utanför intervallet.</translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <source>The quality gate of %1 failed. Clean the data, or train anyway with a reason for the override (it is written to the audit log).</source>
        <translation>Kvalitetsgrinden för %1 är underkänd. Rensa data, eller träna ändå med en motivering för åsidosättandet (den skrivs till granskningsloggen).</translation>
    </message>
    <message>
        <source>There is no model %1 in this workspace.</source>
        <translation>Det finns ingen modell %1 i den här arbetsytan.</translation>
    </message>
</context>
<context>
    <name>Waterfall</name>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (saknas)</translation>
    </message>
    <message>
        <source>Base value</source>
        <translation>Basvärde</translation>
    </message>
    <message numerus="yes">
        <source>%n other feature(s)</source>
        <translation>
            <numerusform>%n övrig egenskap</numerusform>
            <numerusform>%n övriga egenskaper</numerusform>
        </translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>&apos;%1&apos; is not a Car Valuator workspace.</source>
        <translation>&apos;%1&apos; är ingen arbetsyta för Car Valuator.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer Car Valuator (schema %2); this version reads up to schema %3.</source>
        <translation>&apos;%1&apos; skrevs av en nyare version av Car Valuator (schema %2); den här versionen läser upp till schema %3.</translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; does not exist.</source>
        <translation>Arbetsytan &apos;%1&apos; finns inte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could not be read: %2</source>
        <translation>&apos;%1&apos; kunde inte läsas: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read-only: Car Valuator needs write access to open a workspace.</source>
        <translation>&apos;%1&apos; är skrivskyddad: Car Valuator behöver skrivrättighet för att öppna en arbetsyta.</translation>
    </message>
    <message>
        <source>Cannot create the workspace: no user name is set.</source>
        <translation>Det går inte att skapa arbetsytan: inget användarnamn är angivet.</translation>
    </message>
    <message>
        <source>Cannot create the workspace: &apos;%1&apos; already exists.</source>
        <translation>Det går inte att skapa arbetsytan: &apos;%1&apos; finns redan.</translation>
    </message>
    <message>
        <source>Cannot create the workspace &apos;%1&apos;: %2</source>
        <translation>Det går inte att skapa arbetsytan &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceSchema</name>
    <message>
        <source>Internal error: the workspace schema history is invalid.</source>
        <translation>Internt fel: arbetsytans schemahistorik är ogiltig.</translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema %1 failed: %2</source>
        <translation>Uppgraderingen av arbetsytan till schema %1 misslyckades: %2</translation>
    </message>
</context>
<context>
    <name>XgbError</name>
    <message>
        <source>The feature matrix is empty or inconsistent.</source>
        <translation>Egenskapsmatrisen är tom eller inkonsekvent.</translation>
    </message>
    <message>
        <source>The number of targets does not match the rows.</source>
        <translation>Antalet målvärden stämmer inte med raderna.</translation>
    </message>
    <message>
        <source>The XGBoost library reported an error: %1</source>
        <translation>XGBoost-biblioteket rapporterade ett fel: %1</translation>
    </message>
    <message>
        <source>The XGBoost model is damaged or incomplete.</source>
        <translation>XGBoost-modellen är skadad eller ofullständig.</translation>
    </message>
    <message>
        <source>XGBoost returned predictions of an unexpected shape.</source>
        <translation>XGBoost returnerade prognoser med oväntad form.</translation>
    </message>
</context>
<context>
    <name>XgbForest</name>
    <message>
        <source>The XGBoost model&apos;s trees are inconsistent.</source>
        <translation>XGBoost-modellens träd är motsägelsefulla.</translation>
    </message>
    <message>
        <source>The XGBoost model is not valid JSON.</source>
        <translation>XGBoost-modellen är inte giltig JSON.</translation>
    </message>
    <message>
        <source>This XGBoost model cannot be compiled for fast prediction.</source>
        <translation>Den här XGBoost-modellen kan inte kompileras för snabb prognos.</translation>
    </message>
    <message>
        <source>The XGBoost model has no base score.</source>
        <translation>XGBoost-modellen saknar basvärde (base_score).</translation>
    </message>
    <message>
        <source>The XGBoost model has no features.</source>
        <translation>XGBoost-modellen saknar variabler.</translation>
    </message>
</context>
<context>
    <name>XgbLearner</name>
    <message>
        <source>Training needs at least two rows, each with a finite target.</source>
        <translation>Träningen kräver minst två rader, var och en med ett ändligt målvärde.</translation>
    </message>
    <message>
        <source>The validation data must have the training features and a finite target per row.</source>
        <translation>Valideringsdata måste ha träningsegenskaperna och ett ändligt målvärde per rad.</translation>
    </message>
</context>
<context>
    <name>XgbModel</name>
    <message>
        <source>The XGBoost model has no trees or no feature names.</source>
        <translation>XGBoost-modellen har inga träd eller inga egenskapsnamn.</translation>
    </message>
    <message>
        <source>The data&apos;s features do not match the model&apos;s features.</source>
        <translation>Egenskaperna i data stämmer inte med modellens egenskaper.</translation>
    </message>
    <message>
        <source>XGBoost returned contributions of an unexpected shape.</source>
        <translation>XGBoost returnerade bidrag med oväntad form.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Car Valuator workbench</source>
        <translation>Car Valuator – arbetsbänk</translation>
    </message>
    <message>
        <source>User interface language (en, de, sv).</source>
        <translation>Gränssnittets språk (en, de, sv).</translation>
    </message>
    <message>
        <source>Log debug messages.</source>
        <translation>Logga felsökningsmeddelanden.</translation>
    </message>
    <message>
        <source>Workspace file to open (default: your default workspace).</source>
        <translation>Arbetsytefil att öppna (standard: din standardarbetsyta).</translation>
    </message>
</context>
<context>
    <name>valuator::AboutDialog</name>
    <message>
        <source>About Car Valuator</source>
        <translation>Om Car Valuator</translation>
    </message>
    <message>
        <source>A workbench for used-car valuation: import sales histories, check their quality, train and compare models, and explain every price.</source>
        <translation>En arbetsbänk för värdering av begagnade bilar: importera försäljningshistorik, kontrollera kvaliteten, träna och jämför modeller och förklara varje pris.</translation>
    </message>
    <message>
        <source>Running with:</source>
        <translation>Körs med:</translation>
    </message>
</context>
<context>
    <name>valuator::AuditLogModel</name>
    <message>
        <source>Hash: %1</source>
        <translation>Hashvärde: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>valuator::CarTab</name>
    <message>
        <source>A car of the explained sample (cars are named by their features, never their plate).</source>
        <translation>En bil ur det förklarade urvalet (bilar namnges efter sina egenskaper, aldrig efter registreringsnumret).</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Dealer line</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Car values</source>
        <translation>Bilens värden</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Choose a model to explain.</source>
        <translation>Välj en modell att förklara.</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>Tänk om…</translation>
    </message>
    <message>
        <source>Model &amp;year:</source>
        <translation>&amp;Årsmodell:</translation>
    </message>
    <message>
        <source>Equipment:</source>
        <translation>Utrustning:</translation>
    </message>
    <message>
        <source>No car was explained.</source>
        <translation>Ingen bil förklarades.</translation>
    </message>
    <message>
        <source>Price: %1
(base value %2)</source>
        <translation>Pris: %1
(basvärde %2)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Reset &amp;what-if</source>
        <translation>Återställ tän&amp;k-om</translation>
    </message>
    <message>
        <source>Mi&amp;leage:</source>
        <translation>Mätar&amp;ställning:</translation>
    </message>
    <message>
        <source>C&amp;ar:</source>
        <translation>B&amp;il:</translation>
    </message>
</context>
<context>
    <name>valuator::ChartView</name>
    <message>
        <source>%1: no data to show.</source>
        <translation>%1: inga data att visa.</translation>
    </message>
</context>
<context>
    <name>valuator::CheckListModel</name>
    <message>
        <source>Contract rule %1. Expected: %2. Observed: %3.</source>
        <translation>Kontraktsregel %1. Förväntat: %2. Observerat: %3.</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Underkänd</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
</context>
<context>
    <name>valuator::ChecksTab</name>
    <message>
        <source>Show &amp;offending rows</source>
        <translation>V&amp;isa berörda rader</translation>
    </message>
    <message>
        <source>Load this version&apos;s rows and show the ones this check or rule found.</source>
        <translation>Läs in den här versionens rader och visa dem som den här kontrollen eller regeln hittade.</translation>
    </message>
    <message>
        <source>Nothing to show: no row failed this check.</source>
        <translation>Inget att visa: ingen rad underkändes i den här kontrollen.</translation>
    </message>
    <message>
        <source>All %1 offending rows.</source>
        <translation>Alla %1 berörda rader.</translation>
    </message>
    <message>
        <source>The first %1 of %2 offending rows (the contract keeps a sample).</source>
        <translation>De första %1 av %2 berörda rader (kontraktet sparar ett urval).</translation>
    </message>
    <message>
        <source>This report was loaded from the workspace, which keeps only a sample: showing %1 of %2 offending rows. Run the checks again to see all of them.</source>
        <translation>Den här rapporten lästes in från arbetsytan, som bara sparar ett urval: visar %1 av %2 berörda rader. Kör kontrollerna igen för att se alla.</translation>
    </message>
    <message>
        <source>This finding concerns the dataset as a whole: there are no single rows to show.</source>
        <translation>Det här fyndet gäller datamängden som helhet: det finns inga enskilda rader att visa.</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>Läs in %1</translation>
    </message>
    <message>
        <source>Reading columns…</source>
        <translation>Läser kolumner…</translation>
    </message>
    <message>
        <source>Loading the rows of %1…</source>
        <translation>Läser in raderna i %1…</translation>
    </message>
    <message>
        <source>Loading the rows was cancelled or failed.</source>
        <translation>Inläsningen av raderna avbröts eller misslyckades.</translation>
    </message>
</context>
<context>
    <name>valuator::CliApp</name>
    <message>
        <source>Workspace file (*.valuator).</source>
        <translation>Arbetsytefil (*.valuator).</translation>
    </message>
</context>
<context>
    <name>valuator::ColumnProfileModel</name>
    <message>
        <source>decimal</source>
        <translation>decimaltal</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>heltal</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 rows missing (%3 of them placeholder texts such as n/a)</source>
        <translation>%1 av %2 rader saknas (varav %3 platshållartexter som n/a)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Distinkta</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <source>Std dev</source>
        <translation>Std.avv.</translation>
    </message>
    <message>
        <source>p%1</source>
        <translation>p%1</translation>
    </message>
</context>
<context>
    <name>valuator::ColumnProfiler</name>
    <message numerus="yes">
        <source>Confirmed as %1; %n value(s) cannot be read (first at line %2).</source>
        <translation>
            <numerusform>Bekräftad som %1; %n värde kan inte läsas (första på rad %2).</numerusform>
            <numerusform>Bekräftad som %1; %n värden kan inte läsas (första på rad %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sample suggested %1; the whole column needs %2 (%n value(s) from line %3 on).</source>
        <translation>
            <numerusform>Urvalet föreslog %1; hela kolumnen kräver %2 (%n värde från rad %3).</numerusform>
            <numerusform>Urvalet föreslog %1; hela kolumnen kräver %2 (%n värden från rad %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sample suggested %1, but the whole column is %2: %n value(s) do not fit (first at line %3).</source>
        <translation>
            <numerusform>Urvalet föreslog %1, men hela kolumnen är %2: %n värde passar inte (första på rad %3).</numerusform>
            <numerusform>Urvalet föreslog %1, men hela kolumnen är %2: %n värden passar inte (första på rad %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The column has no values.</source>
        <translation>Kolumnen har inga värden.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) such as &quot;%1&quot; were read as whole numbers with &apos;%2&apos; grouping thousands (first at line %3).</source>
        <translation>
            <numerusform>%n värde som ”%1” lästes som heltal med &apos;%2&apos; som tusentalsavgränsare (första på rad %3).</numerusform>
            <numerusform>%n värden som ”%1” lästes som heltal med &apos;%2&apos; som tusentalsavgränsare (första på rad %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every number looks like &quot;%1&quot;: &apos;%2&apos; is read as the decimal separator. Check the number format.</source>
        <translation>Varje tal ser ut som ”%1”: &apos;%2&apos; läses som decimaltecken. Kontrollera talformatet.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) such as &quot;%1&quot; have a fraction among whole numbers (first at line %2).</source>
        <translation>
            <numerusform>%n värde som ”%1” har decimaler bland heltal (första på rad %2).</numerusform>
            <numerusform>%n värden som ”%1” har decimaler bland heltal (första på rad %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) were written with a unit (mostly %1); %2 converted (first at line %3).</source>
        <translation>
            <numerusform>%n värde skrevs med en enhet (mest %1); %2 omräknade (första på rad %3).</numerusform>
            <numerusform>%n värden skrevs med en enhet (mest %1); %2 omräknade (första på rad %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) carry a unit of another kind than %1.</source>
        <translation>
            <numerusform>%n värde har en enhet av ett annat slag än %1.</numerusform>
            <numerusform>%n värden har en enhet av ett annat slag än %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) fit both dd/mm/yyyy and mm/dd/yyyy; choose the order.</source>
        <translation>
            <numerusform>%n datum passar både dd/mm/åååå och mm/dd/åååå; välj ordningen.</numerusform>
            <numerusform>%n datum passar både dd/mm/åååå och mm/dd/åååå; välj ordningen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) in other formats (%1) were read too (first at line %2).</source>
        <translation>
            <numerusform>%n datum i andra format (%1) lästes också (första på rad %2).</numerusform>
            <numerusform>%n datum i andra format (%1) lästes också (första på rad %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) could be dd/mm/yyyy or mm/dd/yyyy and are not read (first at line %1).</source>
        <translation>
            <numerusform>%n datum kan vara dd/mm/åååå eller mm/dd/åååå och läses inte (första på rad %1).</numerusform>
            <numerusform>%n datum kan vara dd/mm/åååå eller mm/dd/åååå och läses inte (första på rad %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) in another format are not read (first at line %1).</source>
        <translation>
            <numerusform>%n datum i ett annat format läses inte (första på rad %1).</numerusform>
            <numerusform>%n datum i ett annat format läses inte (första på rad %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are not numbers, e.g. &quot;%1&quot; (first at line %2).</source>
        <translation>
            <numerusform>%n värde är inte ett tal, t.ex. ”%1” (första på rad %2).</numerusform>
            <numerusform>%n värden är inte tal, t.ex. ”%1” (första på rad %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are dates, not numbers, e.g. &quot;%1&quot; (first at line %2).</source>
        <translation>
            <numerusform>%n värde är ett datum, inte ett tal, t.ex. ”%1” (första på rad %2).</numerusform>
            <numerusform>%n värden är datum, inte tal, t.ex. ”%1” (första på rad %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are not dates, e.g. &quot;%1&quot; (first at line %2).</source>
        <translation>
            <numerusform>%n värde är inte ett datum, t.ex. ”%1” (första på rad %2).</numerusform>
            <numerusform>%n värden är inte datum, t.ex. ”%1” (första på rad %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are numbers, not dates, e.g. &quot;%1&quot; (first at line %2).</source>
        <translation>
            <numerusform>%n värde är ett tal, inte ett datum, t.ex. ”%1” (första på rad %2).</numerusform>
            <numerusform>%n värden är tal, inte datum, t.ex. ”%1” (första på rad %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mostly numbers or dates, but %n value(s) are text, e.g. &quot;%1&quot; (first at line %2); kept as text.</source>
        <translation>
            <numerusform>Mest tal eller datum, men %n värde är text, t.ex. ”%1” (första på rad %2); behålls som text.</numerusform>
            <numerusform>Mest tal eller datum, men %n värden är text, t.ex. ”%1” (första på rad %2); behålls som text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) had surrounding spaces; they are trimmed (first at line %1).</source>
        <translation>
            <numerusform>%n värde hade omgivande blanksteg; de tas bort (första på rad %1).</numerusform>
            <numerusform>%n värden hade omgivande blanksteg; de tas bort (första på rad %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::ColumnsTab</name>
    <message>
        <source>Select a column to see its distribution.</source>
        <translation>Välj en kolumn för att se dess fördelning.</translation>
    </message>
</context>
<context>
    <name>valuator::CompareView</name>
    <message>
        <source>&amp;Predicted vs actual</source>
        <translation>Förutsagt &amp;mot faktiskt</translation>
    </message>
    <message>
        <source>Re&amp;siduals</source>
        <translation>Residua&amp;ler</translation>
    </message>
    <message>
        <source>&amp;Error by segment</source>
        <translation>Fel per se&amp;gment</translation>
    </message>
    <message>
        <source>&amp;Learning curves</source>
        <translation>Inlärnings&amp;kurvor</translation>
    </message>
    <message>
        <source>Select two or three runs in the leaderboard to compare them.</source>
        <translation>Välj två eller tre körningar i topplistan för att jämföra dem.</translation>
    </message>
</context>
<context>
    <name>valuator::ConsoleProgress</name>
    <message>
        <source>%1% (%2 / %3)</source>
        <extracomment>progress on the command line: &quot;45% (450,000 / 1,000,000 rows)&quot;</extracomment>
        <translation>%1 % (%2 / %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>valuator::DataBrowser</name>
    <message>
        <source>&amp;All text columns</source>
        <translation>Alla te&amp;xtkolumner</translation>
    </message>
    <message>
        <source>Find licence plate…</source>
        <translation>Sök registreringsnummer…</translation>
    </message>
    <message>
        <source>Shows the rows whose licence plate contains this text (case-insensitive).</source>
        <translation>Visar raderna vars registreringsnummer innehåller den här texten (skiftlägesokänsligt).</translation>
    </message>
    <message>
        <source>Search every text column (brand, model, region, equipment, …), not only the plate.</source>
        <translation>Sök i alla textkolumner (märke, modell, region, utrustning, …), inte bara registreringsnumret.</translation>
    </message>
    <message>
        <source>Could not open the workspace to load %1.</source>
        <translation>Arbetsytan kunde inte öppnas för att läsa in %1.</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>Läs in %1</translation>
    </message>
    <message>
        <source>Reading columns…</source>
        <translation>Läser kolumner…</translation>
    </message>
    <message>
        <source>Loading %1 (%2 rows)…</source>
        <translation>Läser in %1 (%2 rader)…</translation>
    </message>
    <message>
        <source>Loading %1 was cancelled.</source>
        <translation>Inläsningen av %1 avbröts.</translation>
    </message>
    <message>
        <source>Could not load %1.</source>
        <translation>%1 kunde inte läsas in.</translation>
    </message>
    <message>
        <source>Search rows</source>
        <translation>Sök rader</translation>
    </message>
    <message>
        <source>Searching rows…</source>
        <translation>Söker i rader…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Av&amp;bryt</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>Stop loading this version.</source>
        <translation>Avbryt inläsningen av den här versionen.</translation>
    </message>
    <message>
        <source>Load this version again.</source>
        <translation>Läs in den här versionen igen.</translation>
    </message>
    <message>
        <source>%1 of %2 rows match</source>
        <translation>%1 av %2 rader matchar</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rader</translation>
    </message>
</context>
<context>
    <name>valuator::DatasetListModel</name>
    <message>
        <source>%1: 1 version</source>
        <translation>%1: 1 version</translation>
    </message>
    <message>
        <source>%1: %2 versions</source>
        <translation>%1: %2 versioner</translation>
    </message>
    <message>
        <source>%1 · content SHA-256 %2</source>
        <translation>%1 · innehålls-SHA-256 %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datamängd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Append</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Rensning</translation>
    </message>
</context>
<context>
    <name>valuator::DatasetsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Delete dataset…</source>
        <translation>&amp;Ta bort datamängd…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Datasets&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Datamängder&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>Avvisade rader (%1)</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Avvisade rader</translation>
    </message>
    <message>
        <source>Delete the selected dataset with all its versions from the workspace.</source>
        <translation>Ta bort den valda datamängden med alla dess versioner från arbetsytan.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>No workspace open. Use File ▸ New Workspace or File ▸ Open Workspace.</source>
        <translation>Ingen arbetsyta är öppen. Använd Arkiv ▸ Ny arbetsyta eller Arkiv ▸ Öppna arbetsyta.</translation>
    </message>
    <message>
        <source>No datasets yet. Import a CSV file on the Import page.</source>
        <translation>Inga datamängder än. Importera en CSV-fil på sidan Import.</translation>
    </message>
    <message>
        <source>Select a dataset or one of its versions on the left.</source>
        <translation>Välj en datamängd eller en av dess versioner till vänster.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 rows · %4 columns · created %5 by %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 rader · %4 kolumner · skapad %5 av %6</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Ingen arbetsyta är öppen.</translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation>Ta bort datamängd</translation>
    </message>
    <message numerus="yes">
        <source>Delete the dataset “%1” with all its %n version(s)?</source>
        <translation>
            <numerusform>Ta bort datamängden ”%1” med %n version?</numerusform>
            <numerusform>Ta bort datamängden ”%1” med alla dess %n versioner?</numerusform>
        </translation>
    </message>
    <message>
        <source>Its %1 rows, columns and rejected rows are removed from the workspace. This cannot be undone. The deletion is recorded in the audit log.</source>
        <translation>Dess %1 rader, kolumner och avvisade rader tas bort från arbetsytan. Detta kan inte ångras. Borttagningen registreras i granskningsloggen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Delete dataset %1</source>
        <translation>Ta bort datamängden %1</translation>
    </message>
    <message>
        <source>Deleted the dataset “%1”.</source>
        <translation>Datamängden ”%1” har tagits bort.</translation>
    </message>
</context>
<context>
    <name>valuator::DialectPanel</name>
    <message>
        <source>undecided: choose</source>
        <translation>oavgjort: välj</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>behövs inte</translation>
    </message>
    <message>
        <source>Dialect (how the file is written)</source>
        <translation>Dialekt (hur filen är skriven)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Teckenkodning</translation>
    </message>
    <message>
        <source>How the file&apos;s bytes become text. Wrong umlauts (Ã¼ for ü) mean a wrong encoding.</source>
        <translation>Hur filens byte blir text. Felaktiga å, ä, ö (Ã¤ i stället för ä) betyder fel teckenkodning.</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Avgränsare</translation>
    </message>
    <message>
        <source>The character between fields. European Excel writes &apos;;&apos;, others &apos;,&apos;.</source>
        <translation>Tecknet mellan fälten. Excel i Europa skriver &apos;;&apos;, andra &apos;,&apos;.</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Rubrikrad</translation>
    </message>
    <message>
        <source>Whether the first row holds column names.</source>
        <translation>Om den första raden innehåller kolumnnamn.</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Decimaltecken</translation>
    </message>
    <message>
        <source>How fractions are written: 1,5 (European) or 1.5.</source>
        <translation>Hur decimaler skrivs: 1,5 (europeiskt) eller 1.5.</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Datumordning</translation>
    </message>
    <message>
        <source>How to read slash dates such as 03/04/2024 when the data cannot tell.</source>
        <translation>Hur datum med snedstreck som 03/04/2024 ska läsas när data inte avgör det.</translation>
    </message>
    <message>
        <source>Some dates fit both day/month and month/day: choose the order.</source>
        <translation>Vissa datum passar både dag/månad och månad/dag: välj ordningen.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Yes: the first row names the columns</source>
        <translation>Ja: första raden namnger kolumnerna</translation>
    </message>
    <message>
        <source>No: the first row is data</source>
        <translation>Nej: första raden är data</translation>
    </message>
    <message>
        <source>point . (12,500.5)</source>
        <translation>punkt . (12,500.5)</translation>
    </message>
    <message>
        <source>comma , (12.500,5)</source>
        <translation>komma , (12.500,5)</translation>
    </message>
    <message>
        <source>Day first (dd/mm/yyyy)</source>
        <translation>Dag först (dd/mm/åååå)</translation>
    </message>
    <message>
        <source>Month first (mm/dd/yyyy)</source>
        <translation>Månad först (mm/dd/åååå)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Teckenkodning:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Av&amp;gränsare:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Rubrikrad:</translation>
    </message>
    <message>
        <source>Decimal &amp;separator:</source>
        <translation>&amp;Decimaltecken:</translation>
    </message>
    <message>
        <source>Date &amp;order:</source>
        <translation>Datum&amp;ordning:</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation>Automatisk (%1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose or drop a CSV file: the dialect is detected from its first MiB and shown here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Välj eller släpp en CSV-fil: dialekten identifieras från dess första MiB och visas här.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Sample:&lt;/b&gt; read the whole file (%1); %n record(s) analysed.</source>
        <translation>
            <numerusform>&lt;b&gt;Urval:&lt;/b&gt; läste hela filen (%1); %n post analyserad.</numerusform>
            <numerusform>&lt;b&gt;Urval:&lt;/b&gt; läste hela filen (%1); %n poster analyserade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Sample:&lt;/b&gt; read the first %1; %n record(s) analysed.</source>
        <translation>
            <numerusform>&lt;b&gt;Urval:&lt;/b&gt; läste de första %1; %n post analyserad.</numerusform>
            <numerusform>&lt;b&gt;Urval:&lt;/b&gt; läste de första %1; %n poster analyserade.</numerusform>
        </translation>
    </message>
    <message>
        <source>: the sample is plain ASCII, so any encoding reads it</source>
        <translation>: urvalet är ren ASCII, så alla teckenkodningar läser det</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encoding:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Teckenkodning:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Header:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Rubrikrad:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;Please confirm the decimal separator.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;Bekräfta decimaltecknet.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Numbers:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Tal:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a15c00&apos;&gt;&lt;b&gt;Note:&lt;/b&gt; %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a15c00&apos;&gt;&lt;b&gt;Obs!&lt;/b&gt; %1&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>valuator::DriftFeatureModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Larm</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numerisk</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>kategorisk</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Egenskap</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>KS D</source>
        <translation>KS D</translation>
    </message>
    <message>
        <source>Unseen share</source>
        <translation>Andel nya värden</translation>
    </message>
    <message>
        <source>Missing (ref → cur)</source>
        <translation>Saknas (ref. → akt.)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>valuator::DriftTab</name>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Jäm&amp;för</translation>
    </message>
    <message>
        <source>Compare the current version with the reference, feature by feature (stored in the workspace).</source>
        <translation>Jämför den aktuella versionen med referensen, egenskap för egenskap (sparas i arbetsytan).</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Referen&amp;s:</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation>Ak&amp;tuell:</translation>
    </message>
    <message>
        <source>Pick a reference and a current version and press Compare.</source>
        <translation>Välj en referensversion och en aktuell version och tryck på Jämför.</translation>
    </message>
    <message>
        <source>Select a feature to compare its distributions.</source>
        <translation>Välj en egenskap för att jämföra dess fördelningar.</translation>
    </message>
    <message>
        <source>Drift %1 vs %2</source>
        <translation>Drift %1 mot %2</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Jämför…</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>Jämför %1 med %2…</translation>
    </message>
    <message>
        <source>%1 (%2 rows) against %3 (%4 rows): %5. Numeric features are binned on %6 quantiles of the reference; PSI floor %7; warn above PSI %8, alert above %9. The status comes from the PSI only; KS D is an effect size, p-values are not used.</source>
        <translation>%1 (%2 rader) mot %3 (%4 rader): %5. Numeriska egenskaper delas in i klasser efter %6 kvantiler av referensen; PSI-golv %7; varning över PSI %8, larm över %9. Statusen kommer enbart från PSI; KS D är en effektstorlek, p-värden används inte.</translation>
    </message>
    <message>
        <source>Bin edges (%1): %2</source>
        <translation>Klassgränser (%1): %2</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>konfigurerade</translation>
    </message>
    <message>
        <source>reference quantiles</source>
        <translation>referenskvantiler</translation>
    </message>
    <message>
        <source>none (one bin)</source>
        <translation>inga (en klass)</translation>
    </message>
    <message numerus="yes">
        <source>%n categories; %1 of the current rows have a value the reference never had.</source>
        <translation>
            <numerusform>%n kategori; %1 av de aktuella raderna har ett värde som referensen aldrig hade.</numerusform>
            <numerusform>%n kategorier; %1 av de aktuella raderna har ett värde som referensen aldrig hade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::Error</name>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
</context>
<context>
    <name>valuator::ExplainPage</name>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Förklara</translation>
    </message>
    <message>
        <source>Car &amp;report…</source>
        <translation>Bilra&amp;pport…</translation>
    </message>
    <message>
        <source>Model re&amp;port…</source>
        <translation>Mode&amp;llrapport…</translation>
    </message>
    <message>
        <source>The cars the model is explained on (by default the data it was trained on).</source>
        <translation>Bilarna som modellen förklaras på (som standard de data den tränades på).</translation>
    </message>
    <message>
        <source>Save the explanation of the shown valuation as an HTML or PDF report.</source>
        <translation>Spara förklaringen av den visade värderingen som en HTML- eller PDF-rapport.</translation>
    </message>
    <message>
        <source>Save the explanation of the model as an HTML or PDF report.</source>
        <translation>Spara förklaringen av modellen som en HTML- eller PDF-rapport.</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>One &amp;car</source>
        <translation>&amp;En bil</translation>
    </message>
    <message>
        <source>&amp;Fairness</source>
        <translation>Rä&amp;ttvisa</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>M&amp;odell:</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Train a model first (Models page).</source>
        <translation>Träna en modell först (sidan Modeller).</translation>
    </message>
    <message>
        <source>Choose a model.</source>
        <translation>Välj en modell.</translation>
    </message>
    <message>
        <source>Explain model %1</source>
        <translation>Förklara modell %1</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>Förklarar…</translation>
    </message>
    <message>
        <source>Explaining the model on %1…</source>
        <translation>Förklarar modellen på %1…</translation>
    </message>
    <message>
        <source>Explaining %1 on %2…</source>
        <translation>Förklarar %1 på %2…</translation>
    </message>
    <message>
        <source>The explanation was cancelled.</source>
        <translation>Förklaringen avbröts.</translation>
    </message>
    <message>
        <source>%1 (%2) explained on %3: SHAP values of %4 sampled cars of %5.</source>
        <translation>%1 (%2) förklarad på %3: SHAP-värden för ett urval av %4 av %5 bilar.</translation>
    </message>
    <message>
        <source>There is no valuation to report yet.</source>
        <translation>Det finns ingen värdering att rapportera än.</translation>
    </message>
    <message>
        <source>There is no model explanation to report yet.</source>
        <translation>Det finns ingen modellförklaring att rapportera än.</translation>
    </message>
    <message>
        <source>Save valuation report</source>
        <translation>Spara värderingsrapport</translation>
    </message>
    <message>
        <source>Save model report</source>
        <translation>Spara modellrapport</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;HTML page (*.html)</source>
        <translation>PDF-dokument (*.pdf);;HTML-sida (*.html)</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Rapporten sparades i %1</translation>
    </message>
</context>
<context>
    <name>valuator::FairnessTab</name>
    <message>
        <source>Score the chosen dataset version and compare the error per brand, region, fuel, age band and price band with the overall error. The result is stored with the model.</source>
        <translation>Värdera den valda datamängdsversionen och jämför felet per märke, region, drivmedel, åldersklass och prisklass med det totala felet. Resultatet sparas med modellen.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>MAE (EUR)</source>
        <translation>MAE (EUR)</translation>
    </message>
    <message>
        <source>MAPE</source>
        <translation>MAPE</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Kvot</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flaggad</translation>
    </message>
    <message>
        <source>&amp;Segments by:</source>
        <translation>&amp;Segment efter:</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation>Alla dimensioner</translation>
    </message>
    <message>
        <source>No fairness check has been run for this model yet.</source>
        <translation>Ingen rättvisekontroll har körts för den här modellen än.</translation>
    </message>
    <message>
        <source>Choose a model to check.</source>
        <translation>Välj en modell att kontrollera.</translation>
    </message>
    <message numerus="yes">
        <source>Latest check on %1 (%2, by %3): %4 cars, overall MAPE %5 %, %n segment(s) flagged. Segments with fewer than %6 cars are never flagged.</source>
        <translation>
            <numerusform>Senaste kontroll på %1 (%2, av %3): %4 bilar, total MAPE %5 %, %n segment flaggat. Segment med färre än %6 bilar flaggas aldrig.</numerusform>
            <numerusform>Senaste kontroll på %1 (%2, av %3): %4 bilar, total MAPE %5 %, %n segment flaggade. Segment med färre än %6 bilar flaggas aldrig.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Fairness check of model %1</source>
        <translation>Rättvisekontroll av modell %1</translation>
    </message>
    <message>
        <source>Scoring segments…</source>
        <translation>Värderar segment…</translation>
    </message>
    <message>
        <source>Checking error by segment…</source>
        <translation>Kontrollerar fel per segment…</translation>
    </message>
    <message>
        <source>R&amp;un fairness check</source>
        <translation>&amp;Kör rättvisekontroll</translation>
    </message>
</context>
<context>
    <name>valuator::FixStepsModel</name>
    <message numerus="yes">
        <source>Removes the %n row(s) with impossible values the checks found.</source>
        <translation>
            <numerusform>Tar bort %n rad med omöjliga värden som kontrollerna hittade.</numerusform>
            <numerusform>Tar bort de %n rader med omöjliga värden som kontrollerna hittade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removes up to %n row(s) with impossible values (a row may break several rules).</source>
        <translation>
            <numerusform>Tar bort upp till %n rad med omöjliga värden (en rad kan bryta mot flera regler).</numerusform>
            <numerusform>Tar bort upp till %n rader med omöjliga värden (en rad kan bryta mot flera regler).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trims whitespace in the %n row(s) the checks found.</source>
        <translation>
            <numerusform>Tar bort överflödiga blanksteg i %n rad som kontrollerna hittade.</numerusform>
            <numerusform>Tar bort överflödiga blanksteg i de %n rader som kontrollerna hittade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rewrites the %n row(s) spelled differently to the canonical names (%1 mapped spellings).</source>
        <translation>
            <numerusform>Skriver om %n rad med avvikande stavning till de kanoniska namnen (%1 mappade stavningar).</numerusform>
            <numerusform>Skriver om de %n rader med avvikande stavning till de kanoniska namnen (%1 mappade stavningar).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removes %n row(s): later copies of earlier rows; the first copy stays.</source>
        <translation>
            <numerusform>Tar bort %n rad: senare kopior av tidigare rader; den första kopian behålls.</numerusform>
            <numerusform>Tar bort %n rader: senare kopior av tidigare rader; den första kopian behålls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marks %n row(s) with 1 in the new column “%1”; no row is removed.</source>
        <translation>
            <numerusform>Markerar %n rad med 1 i den nya kolumnen ”%1”; ingen rad tas bort.</numerusform>
            <numerusform>Markerar %n rader med 1 i den nya kolumnen ”%1”; ingen rad tas bort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removes %n price outlier row(s).</source>
        <translation>
            <numerusform>Tar bort %n rad med avvikande pris.</numerusform>
            <numerusform>Tar bort %n rader med avvikande priser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>What it will do</source>
        <translation>Vad som görs</translation>
    </message>
</context>
<context>
    <name>valuator::FixesTab</name>
    <message>
        <source>&amp;Propose fixes</source>
        <translation>&amp;Föreslå åtgärder</translation>
    </message>
    <message>
        <source>&amp;Apply fixes</source>
        <translation>&amp;Tillämpa åtgärder</translation>
    </message>
    <message>
        <source>Check the &amp;new version</source>
        <translation>Kontrollera den n&amp;ya versionen</translation>
    </message>
    <message>
        <source>Run the checks again and propose cleaning steps for what they find.</source>
        <translation>Kör kontrollerna igen och föreslå rensningssteg för det de hittar.</translation>
    </message>
    <message>
        <source>Apply the checked steps to a copy of this version and store it as a new version. The original version is never changed.</source>
        <translation>Tillämpa de markerade stegen på en kopia av den här versionen och spara den som en ny version. Originalversionen ändras aldrig.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Rows before</source>
        <translation>Rader före</translation>
    </message>
    <message>
        <source>Rows changed</source>
        <translation>Ändrade rader</translation>
    </message>
    <message>
        <source>Rows removed</source>
        <translation>Borttagna rader</translation>
    </message>
    <message>
        <source>What it did</source>
        <translation>Vad som gjordes</translation>
    </message>
    <message>
        <source>Select the cleaned version on this page to run the checks on it.</source>
        <translation>Välj den rensade versionen på den här sidan för att köra kontrollerna på den.</translation>
    </message>
    <message>
        <source>Run the checks first: fixes are proposed for what they find.</source>
        <translation>Kör kontrollerna först: åtgärder föreslås för det de hittar.</translation>
    </message>
    <message>
        <source>This report was loaded from the workspace. Press “Propose fixes” to run the checks again and propose cleaning steps.</source>
        <translation>Den här rapporten lästes in från arbetsytan. Tryck på ”Föreslå åtgärder” för att köra kontrollerna igen och föreslå rensningssteg.</translation>
    </message>
    <message>
        <source>Nothing to fix: the checks found nothing that a cleaning step addresses.</source>
        <translation>Inget att åtgärda: kontrollerna hittade inget som ett rensningssteg åtgärdar.</translation>
    </message>
    <message>
        <source>Uncheck what you do not want, then apply. The steps run in this order; counts are what the checks found.</source>
        <translation>Avmarkera det du inte vill ha och tillämpa sedan. Stegen körs i den här ordningen; antalen är vad kontrollerna hittade.</translation>
    </message>
    <message>
        <source>Propose fixes for %1</source>
        <translation>Föreslå åtgärder för %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Checking %1 to propose fixes…</source>
        <translation>Kontrollerar %1 för att föreslå åtgärder…</translation>
    </message>
    <message>
        <source>Clean %1</source>
        <translation>Rensa %1</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Rensar…</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n fix(es) to %1…</source>
        <translation>
            <numerusform>Tillämpar %n åtgärd på %1…</numerusform>
            <numerusform>Tillämpar %n åtgärder på %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1 with %2 rows (from %3 rows of %4). The original version is unchanged.</source>
        <translation>Skapade %1 med %2 rader (från %3 rader i %4). Originalversionen är oförändrad.</translation>
    </message>
</context>
<context>
    <name>valuator::GlobalTab</name>
    <message>
        <source>The feature whose SHAP values are plotted against its values.</source>
        <translation>Egenskapen vars SHAP-värden ritas mot dess värden.</translation>
    </message>
    <message>
        <source>Choose a model to explain.</source>
        <translation>Välj en modell att förklara.</translation>
    </message>
    <message>
        <source>Choose a feature to see how its value drives the price.</source>
        <translation>Välj en egenskap för att se hur dess värde påverkar priset.</translation>
    </message>
    <message>
        <source>Dependence fea&amp;ture:</source>
        <translation>E&amp;genskap för beroende:</translation>
    </message>
</context>
<context>
    <name>valuator::ImportDropZone</name>
    <message>
        <source>&amp;Choose CSV file…</source>
        <translation>Välj CSV-&amp;fil…</translation>
    </message>
    <message>
        <source>Drop zone for CSV files</source>
        <translation>Släppyta för CSV-filer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Drop a CSV file here&lt;/b&gt; (dealership exports in any dialect: Excel, semicolons, decimal commas, Windows-1252…)</source>
        <translation>&lt;b&gt;Släpp en CSV-fil här&lt;/b&gt; (exporter från bilhandlare i vilken dialekt som helst: Excel, semikolon, decimalkomma, Windows-1252…)</translation>
    </message>
    <message>
        <source>Choose CSV file</source>
        <translation>Välj CSV-fil</translation>
    </message>
    <message>
        <source>Pick a CSV file to preview and import.</source>
        <translation>Välj en CSV-fil att förhandsvisa och importera.</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Ingen fil vald än.</translation>
    </message>
    <message>
        <source>Previewing &lt;b&gt;%1&lt;/b&gt; (%2) in %3</source>
        <translation>Förhandsvisar &lt;b&gt;%1&lt;/b&gt; (%2) i %3</translation>
    </message>
</context>
<context>
    <name>valuator::ImportPage</name>
    <message>
        <source>&lt;h2&gt;Import a CSV file&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Importera en CSV-fil&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>1. File &amp;&amp; dialect</source>
        <translation>1. Fil &amp;&amp; dialekt</translation>
    </message>
    <message>
        <source>2. Mapping</source>
        <translation>2. Mappning</translation>
    </message>
    <message>
        <source>3. Result</source>
        <translation>3. Resultat</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Förhandsvisning av de första raderna</translation>
    </message>
    <message>
        <source>Preview (first %1 data rows)</source>
        <translation>Förhandsvisning (de första %1 dataraderna)</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Välj en CSV-fil</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- och textfiler (*.csv *.txt *.tsv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>An import is running: wait for it to finish or cancel it first.</source>
        <translation>En import pågår: vänta tills den är klar eller avbryt den först.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: there is no such file.</source>
        <translation>Det går inte att öppna ”%1”: filen finns inte.</translation>
    </message>
    <message>
        <source>Reading the beginning of the file…</source>
        <translation>Läser början av filen…</translation>
    </message>
    <message>
        <source>The file cannot be read with these settings; try another encoding or delimiter.</source>
        <translation>Filen kan inte läsas med de här inställningarna; prova en annan teckenkodning eller avgränsare.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s); the first %1 data rows as the import will split them.</source>
        <translation>
            <numerusform>%n kolumn; de första %1 dataraderna så som importen kommer att dela upp dem.</numerusform>
            <numerusform>%n kolumner; de första %1 dataraderna så som importen kommer att dela upp dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>An import is running.</source>
        <translation>En import pågår.</translation>
    </message>
    <message>
        <source>Open or create a workspace first (File menu).</source>
        <translation>Öppna eller skapa en arbetsyta först (menyn Arkiv).</translation>
    </message>
    <message>
        <source>Choose a CSV file first.</source>
        <translation>Välj en CSV-fil först.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Läser filen…</translation>
    </message>
    <message>
        <source>The file cannot be read with these settings: %1</source>
        <translation>Filen kan inte läsas med de här inställningarna: %1</translation>
    </message>
    <message>
        <source>Reading rows…</source>
        <translation>Läser rader…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importera %1</translation>
    </message>
    <message>
        <source>Importing %1 into “%2”…</source>
        <translation>Importerar %1 till ”%2”…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importen avbröts; ingenting ändrades.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows into %3; %4 rejected.</source>
        <translation>Importerade %1 av %2 rader till %3; %4 avvisade.</translation>
    </message>
</context>
<context>
    <name>valuator::ImportPreviewModel</name>
    <message numerus="yes">
        <source>This row has %n field(s); the file has %1 columns.</source>
        <translation>
            <numerusform>Den här raden har %n fält; filen har %1 kolumner.</numerusform>
            <numerusform>Den här raden har %n fält; filen har %1 kolumner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing value</source>
        <translation>Saknat värde</translation>
    </message>
    <message>
        <source>%1 (indicator)</source>
        <translation>%1 (indikator)</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Rad %1 i filen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; is not mapped: it is kept as an extra text column.</source>
        <translation>Kolumnen &apos;%1&apos; är inte mappad: den behålls som en extra textkolumn.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; is read as %2.</source>
        <translation>Kolumnen &apos;%1&apos; läses som %2.</translation>
    </message>
</context>
<context>
    <name>valuator::ImportRejectsModel</name>
    <message>
        <source>(whole row)</source>
        <translation>(hela raden)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>Råtext</translation>
    </message>
</context>
<context>
    <name>valuator::ImportResultPanel</name>
    <message>
        <source>&lt;i&gt;No import yet. Check the dialect and the mapping, then press Import.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ingen import än. Kontrollera dialekten och mappningen och klicka sedan på Importera.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>&amp;Open dataset</source>
        <translation>Ö&amp;ppna datamängd</translation>
    </message>
    <message>
        <source>&amp;Export rejected rows…</source>
        <translation>&amp;Exportera avvisade rader…</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Datamängd:</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Lästa rader:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importerade:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Avvisade:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <source>Show the imported dataset version.</source>
        <translation>Visa den importerade datamängdsversionen.</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Avvisade rader</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (appended as a new version)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (tillagd som ny version)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (new dataset)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (ny datamängd)</translation>
    </message>
    <message>
        <source>%1 rows (%2 problems)</source>
        <translation>%1 rader (%2 problem)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>Avvisade rader (%1)</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Ingen rad avvisades.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 problems; the workspace keeps all of them.</source>
        <translation>Visar de första %1 av %2 problem; arbetsytan sparar alla.</translation>
    </message>
    <message>
        <source>Save the rejected rows as CSV (opens in Excel).</source>
        <translation>Spara de avvisade raderna som CSV (öppnas i Excel).</translation>
    </message>
    <message>
        <source>Import a file first.</source>
        <translation>Importera en fil först.</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Exportera avvisade rader</translation>
    </message>
    <message>
        <source>%1-rejects.csv</source>
        <translation>%1-avvisade.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) exported to %1.</source>
        <translation>
            <numerusform>%n avvisad rad exporterad till %1.</numerusform>
            <numerusform>%n avvisade rader exporterade till %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::ImportRunBar</name>
    <message>
        <source>&amp;Append as a new version of an existing dataset</source>
        <translation>Lägg till som ny version av en &amp;befintlig datamängd</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Dataset name</source>
        <translation>Datamängdens namn</translation>
    </message>
    <message>
        <source>dataset name</source>
        <translation>datamängdens namn</translation>
    </message>
    <message>
        <source>Add the rows to the latest version of the dataset with this name, as a new version.</source>
        <translation>Lägg till raderna i den senaste versionen av datamängden med det här namnet, som en ny version.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importförlopp</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Avbryt import</translation>
    </message>
    <message>
        <source>Stop the import; the workspace stays as it was.</source>
        <translation>Stoppa importen; arbetsytan förblir som den var.</translation>
    </message>
    <message>
        <source>Dataset &amp;name:</source>
        <translation>Datamängdens &amp;namn:</translation>
    </message>
    <message>
        <source>A dataset named “%1” exists already: tick “Append…” to add a version, or choose another name.</source>
        <translation>Det finns redan en datamängd med namnet ”%1”: markera ”Lägg till som ny version…” för att lägga till en version, eller välj ett annat namn.</translation>
    </message>
    <message>
        <source>There is no dataset named “%1” yet to append to.</source>
        <translation>Det finns ännu ingen datamängd med namnet ”%1” att lägga till i.</translation>
    </message>
    <message>
        <source>Import the whole file into the workspace.</source>
        <translation>Importera hela filen till arbetsytan.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startar…</translation>
    </message>
</context>
<context>
    <name>valuator::ImpossibleRules</name>
    <message>
        <source>The cleaning plan has an invalid value for %1.</source>
        <translation>Rensningsplanen har ett ogiltigt värde för %1.</translation>
    </message>
</context>
<context>
    <name>valuator::IndicatorDialog</name>
    <message>
        <source>Indicator columns for %1</source>
        <translation>Indikatorkolumner för %1</translation>
    </message>
    <message>
        <source>Tick the one-hot columns that hold %1. Each row takes the name of the ticked column whose cell is set (1, true, yes or x), e.g. columns “Diesel”, “Petrol” and “Electric” give the fuel.</source>
        <translation>Markera de one-hot-kolumner som innehåller %1. Varje rad får namnet på den markerade kolumn vars cell är satt (1, true, yes eller x), t.ex. ger kolumnerna ”Diesel”, ”Bensin” och ”El” drivmedlet.</translation>
    </message>
    <message>
        <source>Source columns</source>
        <translation>Källkolumner</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>Markera minst en kolumn.</translation>
    </message>
</context>
<context>
    <name>valuator::JobRow</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Förlopp för %1</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Avbryt %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Dismiss the error of %1</source>
        <translation>Stäng felet för %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
</context>
<context>
    <name>valuator::JobRunner</name>
    <message>
        <source>The task failed unexpectedly.</source>
        <translation>Jobbet misslyckades oväntat.</translation>
    </message>
</context>
<context>
    <name>valuator::JobStrip</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>Av&amp;bryt</translation>
    </message>
    <message>
        <source>Stop this job. Nothing is stored when it is cancelled.</source>
        <translation>Stoppa det här jobbet. Inget sparas när det avbryts.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>valuator::JobsPanel</name>
    <message>
        <source>Background jobs</source>
        <translation>Bakgrundsjobb</translation>
    </message>
</context>
<context>
    <name>valuator::Leaderboard</name>
    <message>
        <source>Select two or three runs to compare them below. Right-click a run to rename, tag or delete it.</source>
        <translation>Välj två eller tre körningar för att jämföra dem nedan. Högerklicka på en körning för att byta namn på, tagga eller ta bort den.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Byt namn…</translation>
    </message>
    <message>
        <source>Edit &amp;tags…</source>
        <translation>Redigera &amp;taggar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ta b&amp;ort…</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>Byt namn på körning</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nytt namn för ”%1”:</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Redigera taggar</translation>
    </message>
    <message>
        <source>Tags of “%1”, separated by commas:</source>
        <translation>Taggar för ”%1”, kommaseparerade:</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Ta bort körning</translation>
    </message>
    <message>
        <source>Delete the run “%1” and its model? This cannot be undone.</source>
        <translation>Ta bort körningen ”%1” och dess modell? Detta kan inte ångras.</translation>
    </message>
</context>
<context>
    <name>valuator::MainWindow</name>
    <message>
        <source>Importing the demo data</source>
        <translation>Importerar demodata</translation>
    </message>
    <message>
        <source>Reading rows…</source>
        <translation>Läser rader…</translation>
    </message>
    <message>
        <source>Welcome! The demo data set &apos;%1&apos; (%2 car sales) is ready to explore.</source>
        <translation>Välkommen! Demodatamängden &apos;%1&apos; (%2 bilförsäljningar) är redo att utforskas.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Ny arbetsyta…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Öppna arbetsyta…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobb</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Car Valuator</source>
        <translation>&amp;Om Car Valuator</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Inga senaste arbetsytor</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Ingen arbetsyta</translation>
    </message>
    <message>
        <source>%1 — Car Valuator</source>
        <translation>%1 — Car Valuator</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Ingen arbetsyta är öppen</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbetsyta: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Användare: %1</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Ny arbetsyta</translation>
    </message>
    <message>
        <source>Car Valuator workspaces (*.valuator)</source>
        <translation>Car Valuator-arbetsytor (*.valuator)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Öppna arbetsyta</translation>
    </message>
    <message>
        <source>Car Valuator workspaces (*.valuator);;All files (*)</source>
        <translation>Car Valuator-arbetsytor (*.valuator);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datamängder</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importera CSV…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Data Quality</source>
        <translation>Datakvalitet</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modeller</translation>
    </message>
</context>
<context>
    <name>valuator::MappingDelegate</name>
    <message>
        <source>Source of %1</source>
        <translation>Källa för %1</translation>
    </message>
</context>
<context>
    <name>valuator::MappingModel</name>
    <message>
        <source>Date order</source>
        <translation>Datumordning</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Decimaltecken</translation>
    </message>
    <message>
        <source>%1: %2 Set “%3” under Dialect.</source>
        <translation>%1: %2 Ange ”%3” under Dialekt.</translation>
    </message>
    <message>
        <source>Choose a CSV file first.</source>
        <translation>Välj en CSV-fil först.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Required field(s) not mapped: %1. Map a column or set a constant.</source>
        <translation>
            <numerusform>Obligatoriskt fält inte mappat: %1. Mappa en kolumn eller ange en konstant.</numerusform>
            <numerusform>Obligatoriska fält inte mappade: %1. Mappa en kolumn eller ange en konstant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide first — %1</source>
        <translation>Bestäm först — %1</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(inte mappad)</translation>
    </message>
    <message>
        <source>Constant: %1</source>
        <translation>Konstant: %1</translation>
    </message>
    <message>
        <source>Indicators: %1</source>
        <translation>Indikatorer: %1</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message numerus="yes">
        <source>one-hot, %n column(s)</source>
        <translation>
            <numerusform>one-hot, %n kolumn</numerusform>
            <numerusform>one-hot, %n kolumner</numerusform>
        </translation>
    </message>
    <message>
        <source>Required: map a column or set a constant.</source>
        <translation>Obligatoriskt: mappa en kolumn eller ange en konstant.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; is not in this file.</source>
        <translation>Kolumnen &apos;%1&apos; finns inte i den här filen.</translation>
    </message>
    <message>
        <source>Indicator column &apos;%1&apos; is not in this file.</source>
        <translation>Indikatorkolumnen &apos;%1&apos; finns inte i den här filen.</translation>
    </message>
    <message>
        <source>%1 (settled by your dialect choice)</source>
        <translation>%1 (avgjort av ditt dialektval)</translation>
    </message>
    <message>
        <source>%1 · %2 *</source>
        <translation>%1 · %2 *</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Required field, stored as %1.</source>
        <translation>Obligatoriskt fält, lagras som %1.</translation>
    </message>
    <message>
        <source>Optional field, stored as %1.</source>
        <translation>Valfritt fält, lagras som %1.</translation>
    </message>
    <message>
        <source>Field (* required)</source>
        <translation>Fält (* obligatoriskt)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Detected type / format</source>
        <translation>Identifierad typ/format</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>valuator::MappingPanel</name>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Läs in mappning…</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Spara mappning…</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Kolumnmappning</translation>
    </message>
    <message>
        <source>Use a mapping saved earlier for a file with the same column names.</source>
        <translation>Använd en mappning som sparats tidigare för en fil med samma kolumnnamn.</translation>
    </message>
    <message>
        <source>Save this mapping as JSON to reuse it for the next export from this dealer.</source>
        <translation>Spara den här mappningen som JSON för att återanvända den för nästa export från den här handlaren.</translation>
    </message>
    <message>
        <source>Open a CSV file first.</source>
        <translation>Öppna en CSV-fil först.</translation>
    </message>
    <message>
        <source>&lt;i&gt;The mapping appears once a file is read.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Mappningen visas när en fil har lästs.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#137333&apos;&gt;✔ Every required field has a source.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#137333&apos;&gt;✔ Varje obligatoriskt fält har en källa.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Cannot import yet:&lt;/b&gt; %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Kan inte importera än:&lt;/b&gt; %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Every source column is mapped to a field.</source>
        <translation>Varje källkolumn är mappad till ett fält.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept as extra text columns (%1):&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Behålls som extra textkolumner (%1):&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Läs in mappning</translation>
    </message>
    <message>
        <source>Mappings (%1)</source>
        <translation>Mappningar (%1)</translation>
    </message>
    <message>
        <source>Mapping loaded from %1.</source>
        <translation>Mappningen lästes in från %1.</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Spara mappning</translation>
    </message>
    <message>
        <source>Mapping saved to %1.</source>
        <translation>Mappningen sparades i %1.</translation>
    </message>
</context>
<context>
    <name>valuator::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Stäng meddelandet</translation>
    </message>
</context>
<context>
    <name>valuator::ModelsPage</name>
    <message>
        <source>While XGBoost trains, its learning curve (train and validation RMSE per round) appears here.</source>
        <translation>Medan XGBoost tränar visas dess inlärningskurva här (RMSE för träning och validering per runda).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Leaderboard&lt;/b&gt; — out-of-fold metrics; select 2–3 runs to compare</source>
        <translation>&lt;b&gt;Topplista&lt;/b&gt; — out-of-fold-mått; välj 2–3 körningar att jämföra</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Models&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Modeller&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The quality gate of %1 failed.</source>
        <translation>Kvalitetsgrinden för %1 är underkänd.</translation>
    </message>
    <message>
        <source>Quality gate failed</source>
        <translation>Kvalitetsgrinden är underkänd</translation>
    </message>
    <message>
        <source>%1
To train anyway, give a reason. It is written to the audit log with your name.</source>
        <translation>%1
Ange en motivering för att träna ändå. Den skrivs till granskningsloggen med ditt namn.</translation>
    </message>
    <message>
        <source>Training needs a reason to override the failed quality gate; nothing was trained.</source>
        <translation>Träningen kräver en motivering för att åsidosätta den underkända kvalitetsgrinden; inget tränades.</translation>
    </message>
    <message>
        <source>Train %1 on %2</source>
        <translation>Träna %1 på %2</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Tränar…</translation>
    </message>
    <message>
        <source>Waiting for the first boosting round…</source>
        <translation>Väntar på den första boosting-omgången…</translation>
    </message>
    <message>
        <source>Only XGBoost draws a learning curve; %1 trains in one step.</source>
        <translation>Endast XGBoost ritar en inlärningskurva; %1 tränas i ett steg.</translation>
    </message>
    <message>
        <source>Training %1 on %2…</source>
        <translation>Tränar %1 på %2…</translation>
    </message>
    <message>
        <source>Training cancelled; nothing was stored.</source>
        <translation>Träningen avbröts; inget sparades.</translation>
    </message>
    <message>
        <source>Stored “%1”: MAE %2 EUR, MAPE %3 % over %4 out-of-fold predictions.</source>
        <translation>Sparade ”%1”: MAE %2 EUR, MAPE %3 % över %4 out-of-fold-förutsägelser.</translation>
    </message>
    <message>
        <source>Learning curve: final model</source>
        <translation>Inlärningskurva: slutlig modell</translation>
    </message>
    <message>
        <source>Learning curve: fold %1 of %2</source>
        <translation>Inlärningskurva: delmängd %1 av %2</translation>
    </message>
    <message>
        <source>Boosting round</source>
        <translation>Boostingrunda</translation>
    </message>
    <message>
        <source>Train RMSE</source>
        <translation>RMSE träning</translation>
    </message>
    <message>
        <source>Validation RMSE</source>
        <translation>RMSE validering</translation>
    </message>
    <message>
        <source>Select two or three runs in the leaderboard to compare them.</source>
        <translation>Välj två eller tre körningar i topplistan för att jämföra dem.</translation>
    </message>
    <message numerus="yes">
        <source>Loading predictions of %n run(s)…</source>
        <translation>
            <numerusform>Läser in förutsägelser för %n körning…</numerusform>
            <numerusform>Läser in förutsägelser för %n körningar…</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Jämför körningar</translation>
    </message>
    <message>
        <source>Loading predictions…</source>
        <translation>Läser in förutsägelser…</translation>
    </message>
    <message>
        <source>Comparing the first %1 of %2 selected runs.</source>
        <translation>Jämför de första %1 av %2 valda körningar.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n run(s). Wheel zooms, drag pans, right-click saves a chart.</source>
        <translation>
            <numerusform>Jämför %n körning. Mushjulet zoomar, dra för att panorera, högerklicka för att spara ett diagram.</numerusform>
            <numerusform>Jämför %n körningar. Mushjulet zoomar, dra för att panorera, högerklicka för att spara ett diagram.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::OverviewPage</name>
    <message>
        <source>&amp;Verify audit chain</source>
        <translation>&amp;Kontrollera granskningskedjan</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Workspace overview&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Översikt över arbetsytan&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbetsyta</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Skapad:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Storlek:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Innehåll:</translation>
    </message>
    <message>
        <source>Audit log (newest first)</source>
        <translation>Granskningslogg (senaste först)</translation>
    </message>
    <message>
        <source>Recompute every row&apos;s hash and check the chain is unbroken.</source>
        <translation>Beräkna om varje rads hashvärde och kontrollera att kedjan är obruten.</translation>
    </message>
    <message>
        <source>No workspace open. Use File ▸ New Workspace or File ▸ Open Workspace.</source>
        <translation>Ingen arbetsyta är öppen. Använd Arkiv ▸ Ny arbetsyta eller Arkiv ▸ Öppna arbetsyta.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>%1 datasets (%2 versions, %3 car sales in the latest versions) · %4 audit entries</source>
        <translation>%1 datamängder (%2 versioner, %3 bilförsäljningar i de senaste versionerna) · %4 granskningsposter</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Verifierar granskningsloggen…</translation>
    </message>
    <message>
        <source>Verify audit log</source>
        <translation>Verifiera granskningsloggen</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n row(s) verified.</source>
        <translation>
            <numerusform>Granskningsloggen är intakt: %n rad verifierad.</numerusform>
            <numerusform>Granskningsloggen är intakt: %n rader verifierade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log broken at row %1: %2</source>
        <translation>Granskningsloggen är bruten vid rad %1: %2</translation>
    </message>
</context>
<context>
    <name>valuator::ParameterDialog</name>
    <message>
        <source>Advanced parameters: %1</source>
        <translation>Avancerade parametrar: %1</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Tillåtet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Values start from the “%1” preset. Edit a value to override it; every value is checked on OK.</source>
        <translation>Värdena utgår från förinställningen ”%1”. Redigera ett värde för att åsidosätta det; varje värde kontrolleras vid OK.</translation>
    </message>
</context>
<context>
    <name>valuator::ParseFailure</name>
    <message>
        <source>empty value</source>
        <translation>tomt värde</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>inte ett tal</translation>
    </message>
    <message>
        <source>grouping separator in the wrong place</source>
        <translation>tusentalsavgränsare på fel ställe</translation>
    </message>
    <message>
        <source>more than one decimal separator</source>
        <translation>mer än ett decimaltecken</translation>
    </message>
    <message>
        <source>unexpected separator &apos;%1&apos;</source>
        <translation>oväntad avgränsare &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;</source>
        <translation>okänd enhet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unit &apos;%1&apos; does not fit this column</source>
        <translation>enheten &apos;%1&apos; passar inte den här kolumnen</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>talet ligger utanför intervallet</translation>
    </message>
    <message>
        <source>number too long</source>
        <translation>talet är för långt</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>inte ett datum</translation>
    </message>
    <message>
        <source>date not in the format %1</source>
        <translation>datumet har inte formatet %1</translation>
    </message>
    <message>
        <source>month out of range</source>
        <translation>månaden ligger utanför intervallet</translation>
    </message>
    <message>
        <source>day does not exist in that month</source>
        <translation>dagen finns inte i den månaden</translation>
    </message>
    <message>
        <source>two-digit year (write the year with four digits)</source>
        <translation>tvåsiffrigt årtal (skriv året med fyra siffror)</translation>
    </message>
    <message>
        <source>invalid time of day</source>
        <translation>ogiltig tid på dygnet</translation>
    </message>
</context>
<context>
    <name>valuator::PlotFrame</name>
    <message>
        <source>Reset &amp;zoom</source>
        <translation>Återställ &amp;zoom</translation>
    </message>
    <message>
        <source>Show the whole chart again (also: double-click the chart). Zoom with the mouse wheel, pan by dragging.</source>
        <translation>Visa hela diagrammet igen (även: dubbelklicka på diagrammet). Zooma med mushjulet, panorera genom att dra.</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Spara diagram…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image, an SVG drawing or a PDF document.</source>
        <translation>Spara det här diagrammet som en PNG-bild, en SVG-grafik eller ett PDF-dokument.</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Återställ zoom</translation>
    </message>
    <message>
        <source>There is no chart to save.</source>
        <translation>Det finns inget diagram att spara.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Sparat till %1</translation>
    </message>
</context>
<context>
    <name>valuator::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemets standard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>A new language applies the next time Car Valuator starts.</source>
        <translation>Ett nytt språk gäller från nästa gång Car Valuator startar.</translation>
    </message>
    <message>
        <source>Acting &amp;user:</source>
        <translation>Agerande &amp;användare:</translation>
    </message>
    <message>
        <source>Recorded with every change in the audit log. Empty: your account name (%1).</source>
        <translation>Registreras med varje ändring i granskningsloggen. Tomt: ditt kontonamn (%1).</translation>
    </message>
</context>
<context>
    <name>valuator::PriceOutlierModel</name>
    <message>
        <source>The cleaning plan&apos;s outlier model is invalid.</source>
        <translation>Rensningsplanens modell för extremvärden är ogiltig.</translation>
    </message>
</context>
<context>
    <name>valuator::QualityHeader</name>
    <message>
        <source>PASS</source>
        <translation>GODKÄND</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>VARNING</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>UNDERKÄND</translation>
    </message>
    <message>
        <source>Gate
%1</source>
        <translation>Grind
%1</translation>
    </message>
    <message>
        <source>Quality gate: the worse of the quality checks and the data contract.</source>
        <translation>Kvalitetsgrind: det sämre resultatet av kvalitetskontrollerna och datakontraktet.</translation>
    </message>
    <message>
        <source>freshness unknown (no sale dates)</source>
        <translation>aktualitet okänd (inga försäljningsdatum)</translation>
    </message>
    <message numerus="yes">
        <source>newest sale %1 (%n day(s) before the reference date)</source>
        <translation>
            <numerusform>senaste försäljning %1 (%n dag före referensdatumet)</numerusform>
            <numerusform>senaste försäljning %1 (%n dagar före referensdatumet)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1@%2&lt;/b&gt; · %3 rows · %4 columns · %5&lt;br&gt;Contract “%6” version %7 · checked %8 by %9 · %10</source>
        <translation>&lt;b&gt;%1@%2&lt;/b&gt; · %3 rader · %4 kolumner · %5&lt;br&gt;Kontrakt ”%6” version %7 · kontrollerad %8 av %9 · %10</translation>
    </message>
    <message>
        <source>stored report (drill-down shows its samples)</source>
        <translation>lagrad rapport (detaljvyn visar dess urval)</translation>
    </message>
    <message>
        <source>run in this session</source>
        <translation>körd i den här sessionen</translation>
    </message>
    <message>
        <source>Checks: %1 fail, %2 warn, %3 pass · Contract rules: %4 fail, %5 warn, %6 pass</source>
        <translation>Kontroller: %1 underkända, %2 med varning, %3 godkända · Kontraktsregler: %4 underkända, %5 med varning, %6 godkända</translation>
    </message>
    <message>
        <source>The quality gate failed. Training on this version needs an explicit override with a reason, which is recorded in the audit log. Fix the problems on the Fixes tab (a new, cleaned version), or give the override when you start training.</source>
        <translation>Kvalitetsgrinden är underkänd. Träning på den här versionen kräver ett uttryckligt åsidosättande med en motivering, som registreras i granskningsloggen. Åtgärda problemen på fliken Åtgärder (en ny, rensad version), eller ange åsidosättandet när du startar träningen.</translation>
    </message>
</context>
<context>
    <name>valuator::QualityPage</name>
    <message>
        <source>C&amp;ontract…</source>
        <translation>K&amp;ontrakt…</translation>
    </message>
    <message>
        <source>&amp;Run checks</source>
        <translation>&amp;Kör kontroller</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportera rapport…</translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation>Kontro&amp;ller</translation>
    </message>
    <message>
        <source>Co&amp;lumns</source>
        <translation>Kol&amp;umner</translation>
    </message>
    <message>
        <source>&amp;Drift</source>
        <translation>&amp;Drift</translation>
    </message>
    <message>
        <source>&amp;Fixes</source>
        <translation>Åt&amp;gärder</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Data Quality&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Datakvalitet&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Dataset &amp;version:</source>
        <translation>Datamängdsversio&amp;n:</translation>
    </message>
    <message>
        <source>Check against another data contract (ODCS v3 YAML) instead of the shipped default.</source>
        <translation>Kontrollera mot ett annat datakontrakt (ODCS v3 YAML) i stället för det medföljande standardkontraktet.</translation>
    </message>
    <message>
        <source>Profile the version, run the quality checks and the data contract, and store the report with its gate. The reference date is today.</source>
        <translation>Profilera versionen, kör kvalitetskontrollerna och datakontraktet och spara rapporten med dess grind. Referensdatumet är i dag.</translation>
    </message>
    <message>
        <source>Write the report shown, with its charts, as an HTML or PDF file.</source>
        <translation>Skriv den visade rapporten, med dess diagram, som en HTML- eller PDF-fil.</translation>
    </message>
    <message>
        <source>No datasets yet. Import a CSV file on the Import page.</source>
        <translation>Inga datamängder än. Importera en CSV-fil på sidan Import.</translation>
    </message>
    <message>
        <source>No workspace open. Use File ▸ New Workspace or File ▸ Open Workspace.</source>
        <translation>Ingen arbetsyta är öppen. Använd Arkiv ▸ Ny arbetsyta eller Arkiv ▸ Öppna arbetsyta.</translation>
    </message>
    <message>
        <source>%1 has not been checked yet. Press “Run checks”.</source>
        <translation>%1 har inte kontrollerats än. Tryck på ”Kör kontroller”.</translation>
    </message>
    <message>
        <source>Contract: shipped default</source>
        <translation>Kontrakt: medföljande standard</translation>
    </message>
    <message>
        <source>Contract: %1</source>
        <translation>Kontrakt: %1</translation>
    </message>
    <message>
        <source>The default data contract shipped with Car Valuator.</source>
        <translation>Standarddatakontraktet som medföljer Car Valuator.</translation>
    </message>
    <message>
        <source>Choose a data contract</source>
        <translation>Välj ett datakontrakt</translation>
    </message>
    <message>
        <source>Data contracts (*.yaml *.yml);;All files (*)</source>
        <translation>Datakontrakt (*.yaml *.yml);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation>Kontrollera %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Kontrollerar %1…</translation>
    </message>
    <message>
        <source>Export quality report</source>
        <translation>Exportera kvalitetsrapport</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;HTML page (*.html)</source>
        <translation>PDF-dokument (*.pdf);;HTML-sida (*.html)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapporten skrevs till %1</translation>
    </message>
    <message>
        <source>There is no report to export: run the checks first.</source>
        <translation>Det finns ingen rapport att exportera: kör kontrollerna först.</translation>
    </message>
</context>
<context>
    <name>valuator::RejectsModel</name>
    <message>
        <source>(whole row)</source>
        <translation>(hela raden)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Raw value</source>
        <translation>Råvärde</translation>
    </message>
</context>
<context>
    <name>valuator::RejectsTab</name>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Läs in fler</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Load the next %1 rejected rows.</source>
        <translation>Läs in nästa %1 avvisade rader.</translation>
    </message>
    <message>
        <source>Save every rejected row of this version as a CSV file.</source>
        <translation>Spara alla avvisade rader i den här versionen som en CSV-fil.</translation>
    </message>
    <message>
        <source>Select a dataset version to see the rows its import rejected.</source>
        <translation>Välj en datamängdsversion för att se de rader som dess import avvisade.</translation>
    </message>
    <message>
        <source>No rows were rejected when %1 was imported.</source>
        <translation>Inga rader avvisades när %1 importerades.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 rejected entries of %3.</source>
        <translation>Visar %1 av %2 avvisade poster för %3.</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Exportera avvisade rader</translation>
    </message>
    <message>
        <source>%1-rejects.csv</source>
        <translation>%1-avvisade.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Export rejected rows of %1</source>
        <translation>Exportera avvisade rader för %1</translation>
    </message>
    <message>
        <source>Reading rejected rows…</source>
        <translation>Läser avvisade rader…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Skriver filen…</translation>
    </message>
    <message>
        <source>Exported %1 rejected entries to %2.</source>
        <translation>Exporterade %1 avvisade poster till %2.</translation>
    </message>
</context>
<context>
    <name>valuator::RunTableModel</name>
    <message>
        <source>Trained despite a failed quality gate: %1</source>
        <translation>Tränad trots underkänd kvalitetsgrind: %1</translation>
    </message>
    <message>
        <source>%1 out-of-fold predictions</source>
        <translation>%1 out-of-fold-förutsägelser</translation>
    </message>
    <message>
        <source>%1 EUR</source>
        <translation>%1 EUR</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Inlärningsalgoritm</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datamängd</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAPE</source>
        <translation>MAPE</translation>
    </message>
    <message>
        <source>Median APE</source>
        <translation>Median-APE</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Within ±10 %</source>
        <translation>Inom ±10 %</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunder</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
</context>
<context>
    <name>valuator::SampleAnalyzer</name>
    <message numerus="yes">
        <source>The first row holds names above %n numeric or date column(s).</source>
        <translation>
            <numerusform>Den första raden innehåller namn ovanför %n numerisk kolumn eller datumkolumn.</numerusform>
            <numerusform>Den första raden innehåller namn ovanför %n numeriska kolumner eller datumkolumner.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first row&apos;s values are distinct and do not recur below, so they are taken as names.</source>
        <translation>Den första radens värden är distinkta och återkommer inte längre ner, så de tas som namn.</translation>
    </message>
    <message>
        <source>The sample is empty.</source>
        <translation>Urvalet är tomt.</translation>
    </message>
    <message>
        <source>The first row looks like data; columns are named column_1, column_2, ...</source>
        <translation>Den första raden ser ut som data; kolumnerna får namnen column_1, column_2, ...</translation>
    </message>
    <message>
        <source>Both &apos;.&apos; (%1 values) and &apos;,&apos; (%2 values) are used as decimal separator; &apos;%3&apos; is used.</source>
        <translation>Både &apos;.&apos; (%1 värden) och &apos;,&apos; (%2 värden) används som decimaltecken; &apos;%3&apos; används.</translation>
    </message>
    <message>
        <source>Numbers like 1,234 could use &apos;,&apos; as decimal or grouping separator; please check: %1.</source>
        <translation>Tal som 1,234 kan använda &apos;,&apos; som decimaltecken eller tusentalsavgränsare; kontrollera: %1.</translation>
    </message>
    <message>
        <source>No number shows its separators; assuming %1.</source>
        <translation>Inget tal visar sina avgränsare; antar %1.</translation>
    </message>
    <message>
        <source>Numbers are written like %1.</source>
        <translation>Tal skrivs som %1.</translation>
    </message>
</context>
<context>
    <name>valuator::SourceEditor</name>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(inte mappad)</translation>
    </message>
    <message>
        <source>Constant…</source>
        <translation>Konstant…</translation>
    </message>
    <message>
        <source>Indicator columns…</source>
        <translation>Indikatorkolumner…</translation>
    </message>
    <message>
        <source>Constant value</source>
        <translation>Konstant värde</translation>
    </message>
    <message>
        <source>value, e.g. 2005</source>
        <translation>värde, t.ex. 2005</translation>
    </message>
    <message>
        <source>The same value for every row. Press Enter to apply.</source>
        <translation>Samma värde för varje rad. Tryck på Retur för att tillämpa.</translation>
    </message>
    <message>
        <source>%1 (not in this file)</source>
        <translation>%1 (finns inte i den här filen)</translation>
    </message>
    <message>
        <source>Indicators: %1</source>
        <translation>Indikatorer: %1</translation>
    </message>
</context>
<context>
    <name>valuator::TableModel</name>
    <message>
        <source>Source line</source>
        <translation>Källrad</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Inget värde</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>valuator::TrainPanel</name>
    <message>
        <source>Train a model</source>
        <translation>Träna en modell</translation>
    </message>
    <message>
        <source>&amp;Advanced…</source>
        <translation>Avan&amp;cerat…</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Träna</translation>
    </message>
    <message>
        <source>XGBoost (gradient-boosted trees)</source>
        <translation>XGBoost (gradientförstärkta träd)</translation>
    </message>
    <message>
        <source>Linear (ridge regression)</source>
        <translation>Linjär (ridge-regression)</translation>
    </message>
    <message>
        <source>Baseline (group medians)</source>
        <translation>Baslinje (gruppmedianer)</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Snabb</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Balanserad</translation>
    </message>
    <message>
        <source>Accurate</source>
        <translation>Noggrann</translation>
    </message>
    <message>
        <source>Time (newest 20 % as test)</source>
        <translation>Tid (senaste 20 % som test)</translation>
    </message>
    <message>
        <source>K-fold (random)</source>
        <translation>K-faldig (slumpmässig)</translation>
    </message>
    <message>
        <source>Grouped by plate</source>
        <translation>Grupperad efter registreringsnummer</translation>
    </message>
    <message>
        <source>How rows are held out for validation. Time is the honest default for valuation; grouping by plate keeps resales of one car on one side.</source>
        <translation>Hur rader hålls undan för validering. Tid är det ärliga standardvalet för värdering; gruppering efter registreringsnummer håller återförsäljningar av en bil på samma sida.</translation>
    </message>
    <message>
        <source>Edit every parameter of the learner; values are checked before training.</source>
        <translation>Redigera alla parametrar för inlärningsalgoritmen; värdena kontrolleras före träningen.</translation>
    </message>
    <message>
        <source>Validate the learner with the chosen split and train the final model, in the background.</source>
        <translation>Validera inlärningsalgoritmen med den valda uppdelningen och träna den slutliga modellen, i bakgrunden.</translation>
    </message>
    <message>
        <source>Dataset &amp;version:</source>
        <translation>Datamängdsversio&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>&amp;Inlärningsalgoritm:</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Förinställning:</translation>
    </message>
    <message>
        <source>&amp;Split:</source>
        <translation>&amp;Uppdelning:</translation>
    </message>
    <message>
        <source>&amp;Folds:</source>
        <translation>&amp;Delmängder:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Slumpfrö:</translation>
    </message>
    <message>
        <source>Preset values</source>
        <translation>Förinställda värden</translation>
    </message>
    <message>
        <source>Overrides: %1</source>
        <translation>Åsidosatta: %1</translation>
    </message>
</context>
<context>
    <name>valuator::VersionCombo</name>
    <message>
        <source>%1 · %2 rows</source>
        <translation>%1 · %2 rader</translation>
    </message>
    <message>
        <source>No datasets yet: import a CSV first</source>
        <translation>Inga dataset ännu: importera först en CSV-fil</translation>
    </message>
</context>
<context>
    <name>valuator::VersionDetails</name>
    <message>
        <source>Source and lineage</source>
        <translation>Källa och härkomst</translation>
    </message>
    <message>
        <source>Source file:</source>
        <translation>Källfil:</translation>
    </message>
    <message>
        <source>File size:</source>
        <translation>Filstorlek:</translation>
    </message>
    <message>
        <source>File SHA-256:</source>
        <translation>Filens SHA-256:</translation>
    </message>
    <message>
        <source>Content SHA-256:</source>
        <translation>Innehållets SHA-256:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Parent version:</source>
        <translation>Föregående version:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Skapad:</translation>
    </message>
    <message>
        <source>CSV dialect</source>
        <translation>CSV-dialekt</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Teckenkodning:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Avgränsare:</translation>
    </message>
    <message>
        <source>Decimal separator:</source>
        <translation>Decimaltecken:</translation>
    </message>
    <message>
        <source>Thousands separator:</source>
        <translation>Tusentalsavgränsare:</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Rubrikrad:</translation>
    </message>
    <message>
        <source>Line endings:</source>
        <translation>Radslut:</translation>
    </message>
    <message>
        <source>Date formats:</source>
        <translation>Datumformat:</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Lästa rader:</translation>
    </message>
    <message>
        <source>Rows imported:</source>
        <translation>Importerade rader:</translation>
    </message>
    <message>
        <source>Rows rejected:</source>
        <translation>Avvisade rader:</translation>
    </message>
    <message>
        <source>Rows in version:</source>
        <translation>Rader i versionen:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Varaktighet:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Varningar:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Canonical field</source>
        <translation>Kanoniskt fält</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>Källkolumn</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>None (first version)</source>
        <translation>Ingen (första versionen)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte registrerat</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no date columns</source>
        <translation>inga datumkolumner</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inga</translation>
    </message>
    <message>
        <source>Columns (%1)</source>
        <translation>Kolumner (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>— extra column</source>
        <translation>— extra kolumn</translation>
    </message>
</context>
<context>
    <name>valuator::XyChartView</name>
    <message>
        <source>%1: no data to show.</source>
        <translation>%1: inga data att visa.</translation>
    </message>
</context>
</TS>
