<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditCommand</name>
    <message>
        <source>Verify the audit log&apos;s hash chain (verify) or list its newest entries (list).</source>
        <translation>Die Prüfsummenkette des Audit-Protokolls prüfen (verify) oder die neuesten Einträge auflisten (list).</translation>
    </message>
    <message>
        <source>verify or list</source>
        <translation>verify oder list</translation>
    </message>
    <message>
        <source>With list: how many entries (default 20).</source>
        <translation>Mit list: wie viele Einträge (Standard 20).</translation>
    </message>
    <message>
        <source>expected &apos;verify&apos; or &apos;list&apos;</source>
        <translation>&apos;verify&apos; oder &apos;list&apos; erwartet</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n row(s) verified.</source>
        <translation>
            <numerusform>Audit-Protokoll intakt: %n Zeile geprüft.</numerusform>
            <numerusform>Audit-Protokoll intakt: %n Zeilen geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log BROKEN at row %1: %2</source>
        <translation>Audit-Protokoll BESCHÄDIGT in Zeile %1: %2</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit erfordert eine positive Zahl</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit entry needs an actor and an action.</source>
        <translation>Ein Audit-Eintrag braucht einen Akteur und eine Aktion.</translation>
    </message>
    <message>
        <source>The audit log starts at entry %1 instead of entry 1: earlier entries were deleted.</source>
        <translation>Das Audit-Protokoll beginnt mit Eintrag %1 statt mit Eintrag 1: frühere Einträge wurden gelöscht.</translation>
    </message>
    <message>
        <source>Audit entry %1 follows entry %2: the entries in between were deleted.</source>
        <translation>Audit-Eintrag %1 folgt auf Eintrag %2: die Einträge dazwischen wurden gelöscht.</translation>
    </message>
    <message>
        <source>Audit entry 1 does not start the chain: its previous hash is not the initial value.</source>
        <translation>Audit-Eintrag 1 beginnt die Kette nicht: seine vorherige Prüfsumme ist nicht der Anfangswert.</translation>
    </message>
    <message>
        <source>The link from audit entry %1 to entry %2 is broken: entry %2 does not carry the hash of entry %1 (entries were reordered or re-chained).</source>
        <translation>Die Verbindung von Audit-Eintrag %1 zu Eintrag %2 ist unterbrochen: Eintrag %2 trägt nicht die Prüfsumme von Eintrag %1 (Einträge wurden umsortiert oder neu verkettet).</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written: its content no longer matches its hash.</source>
        <translation>Audit-Eintrag %1 wurde nach dem Schreiben verändert: sein Inhalt stimmt nicht mehr mit seiner Prüfsumme überein.</translation>
    </message>
</context>
<context>
    <name>BaselineLearner</name>
    <message>
        <source>Training needs at least one row, each with a finite target.</source>
        <translation>Das Training braucht mindestens eine Zeile mit jeweils einem endlichen Zielwert.</translation>
    </message>
</context>
<context>
    <name>BaselineModel</name>
    <message>
        <source>The data lacks the feature &quot;%1&quot; the model needs.</source>
        <translation>Den Daten fehlt das Merkmal „%1“, das das Modell braucht.</translation>
    </message>
    <message>
        <source>The baseline model is damaged or not a baseline model.</source>
        <translation>Das Basismodell ist beschädigt oder kein Basismodell.</translation>
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
        <translation>nein</translation>
    </message>
    <message>
        <source>Base value (brand, model, year)</source>
        <translation>Basiswert (Marke, Modell, Modelljahr)</translation>
    </message>
    <message>
        <source>Specification (fuel, gearbox, body, power)</source>
        <translation>Ausführung (Kraftstoff, Getriebe, Karosserie, Leistung)</translation>
    </message>
    <message>
        <source>Mileage adjustment</source>
        <translation>Korrektur für Kilometerstand</translation>
    </message>
    <message>
        <source>Other equipment</source>
        <translation>Sonstige Ausstattung</translation>
    </message>
    <message>
        <source>Condition and owners</source>
        <translation>Zustand und Vorbesitzer</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Market timing (sale date)</source>
        <translation>Marktzeitpunkt (Verkaufsdatum)</translation>
    </message>
    <message>
        <source>Equipment: %1</source>
        <translation>Ausstattung: %1</translation>
    </message>
    <message>
        <source>Other factors</source>
        <translation>Sonstige Faktoren</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>The model returned no prediction for the car.</source>
        <translation>Das Modell hat für das Fahrzeug keine Vorhersage geliefert.</translation>
    </message>
    <message>
        <source>The car&apos;s &quot;%1&quot; has an unusable value: %2 (expected %3).</source>
        <translation>Das Feld „%1“ des Fahrzeugs hat einen unbrauchbaren Wert: %2 (erwartet: %3).</translation>
    </message>
</context>
<context>
    <name>CarSchema</name>
    <message>
        <source>Licence plate</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>Modelljahr</translation>
    </message>
    <message>
        <source>First registration</source>
        <translation>Erstzulassung</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>Kilometerstand (km)</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Kraftstoff</translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation>Getriebe</translation>
    </message>
    <message>
        <source>Body type</source>
        <translation>Karosserieform</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>Leistung (kW)</translation>
    </message>
    <message>
        <source>Engine (l)</source>
        <translation>Hubraum (l)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Seller type</source>
        <translation>Verkäufertyp</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Vorbesitzer</translation>
    </message>
    <message>
        <source>Sale date</source>
        <translation>Verkaufsdatum</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Verkaufspreis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
</context>
<context>
    <name>ChartRenderer</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>CleanCommand</name>
    <message>
        <source>Apply cleaning steps to a dataset version and store the result as a new version.</source>
        <translation>Bereinigungsschritte auf eine Datensatzversion anwenden und das Ergebnis als neue Version speichern.</translation>
    </message>
    <message>
        <source>Dataset version to clean (NAME[@V]).</source>
        <translation>Zu bereinigende Datensatzversion (NAME[@V]).</translation>
    </message>
    <message>
        <source>Steps proposed from the checks: aliases, duplicates, impossible, outliers, whitespace (comma-separated).</source>
        <translation>Aus den Prüfungen vorgeschlagene Schritte: aliases, duplicates, impossible, outliers, whitespace (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Apply a saved cleaning plan (JSON) instead of proposing one.</source>
        <translation>Einen gespeicherten Bereinigungsplan (JSON) anwenden, statt einen vorzuschlagen.</translation>
    </message>
    <message>
        <source>Write the plan that was applied to this JSON file.</source>
        <translation>Den angewendeten Plan in diese JSON-Datei schreiben.</translation>
    </message>
    <message>
        <source>give either --apply STEPS or --plan FILE.json</source>
        <translation>Geben Sie entweder --apply STEPS oder --plan FILE.json an</translation>
    </message>
    <message>
        <source>Cleaning %1</source>
        <translation>Bereinige %1</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cleaned %1 into %2: %3 rows.</source>
        <translation>%1 bereinigt zu %2: %3 Zeilen.</translation>
    </message>
</context>
<context>
    <name>CleanerSteps</name>
    <message>
        <source>The table has no text column %1.</source>
        <translation>Die Tabelle hat keine Textspalte %1.</translation>
    </message>
    <message>
        <source>The cleaning step needs the text column %1.</source>
        <translation>Der Bereinigungsschritt benötigt die Textspalte %1.</translation>
    </message>
    <message>
        <source>The table has no column %1 to compare.</source>
        <translation>Die Tabelle hat keine Spalte %1 zum Vergleichen.</translation>
    </message>
    <message>
        <source>The column %1 exists and is not a 0/1 column.</source>
        <translation>Die Spalte %1 existiert, ist aber keine 0/1-Spalte.</translation>
    </message>
</context>
<context>
    <name>CleaningPlan</name>
    <message>
        <source>Unknown cleaning step &quot;%1&quot;.</source>
        <translation>Unbekannter Bereinigungsschritt „%1“.</translation>
    </message>
    <message>
        <source>This is not a cleaning plan.</source>
        <translation>Dies ist kein Bereinigungsplan.</translation>
    </message>
    <message>
        <source>This cleaning plan needs a newer version of Car Valuator.</source>
        <translation>Dieser Bereinigungsplan erfordert eine neuere Version von Car Valuator.</translation>
    </message>
</context>
<context>
    <name>CleaningStep</name>
    <message>
        <source>Trim whitespace in text</source>
        <translation>Leerraum in Text entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n spelling variant(s) of %1</source>
        <translation>
            <numerusform>%n Schreibvariante von %1 zusammenführen</numerusform>
            <numerusform>%n Schreibvarianten von %1 zusammenführen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove exact duplicate rows</source>
        <translation>Exakt doppelte Zeilen entfernen</translation>
    </message>
    <message>
        <source>Drop rows with impossible values</source>
        <translation>Zeilen mit unmöglichen Werten verwerfen</translation>
    </message>
    <message>
        <source>Flag price outliers in column %1</source>
        <translation>Preisausreißer in Spalte %1 markieren</translation>
    </message>
    <message>
        <source>Drop price outliers</source>
        <translation>Preisausreißer verwerfen</translation>
    </message>
    <message>
        <source>The cleaning plan has an invalid step.</source>
        <translation>Der Bereinigungsplan enthält einen ungültigen Schritt.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Usage: valuator-cli &lt;command&gt; [options]

Car Valuator on the command line: the same services as the workbench, for CI/CD and schedulers.

Commands:
</source>
        <translation>Aufruf: valuator-cli &lt;Befehl&gt; [Optionen]

Car Valuator auf der Kommandozeile: dieselben Dienste wie in der Workbench, für CI/CD und Scheduler.

Befehle:
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
Globale Optionen:
  -h, --help     Diese Hilfe anzeigen, oder nach dem Befehlsnamen die Hilfe des Befehls.
  --version      Die Versionen von Car Valuator und seinen Bibliotheken anzeigen.
  --json         Mit --version oder einem Befehl: maschinenlesbares JSON auf stdout.

Exit-Codes: 0 Erfolg, 1 Fehler, 2 Aufruffehler.
Für die Optionen eines Befehls &apos;valuator-cli &lt;Befehl&gt; --help&apos; ausführen.
</translation>
    </message>
    <message>
        <source>valuator-cli: unknown command &apos;%1&apos;.</source>
        <translation>valuator-cli: unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;valuator-cli --help&apos; for the list of commands.</source>
        <translation>&apos;valuator-cli --help&apos; zeigt die Liste der Befehle.</translation>
    </message>
    <message>
        <source>Print the result as JSON on stdout.</source>
        <translation>Das Ergebnis als JSON auf stdout ausgeben.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>valuator-cli: error: %1</source>
        <translation>valuator-cli: Fehler: %1</translation>
    </message>
    <message>
        <source>valuator-cli %1: %2</source>
        <translation>valuator-cli %1: %2</translation>
    </message>
    <message>
        <source>Try &apos;valuator-cli %1 --help&apos;.</source>
        <translation>Siehe &apos;valuator-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>missing required option --%1</source>
        <translation>erforderliche Option --%1 fehlt</translation>
    </message>
</context>
<context>
    <name>ColumnCodec</name>
    <message>
        <source>A stored column chunk is damaged (bad header).</source>
        <translation>Ein gespeicherter Spaltenblock ist beschädigt (ungültiger Header).</translation>
    </message>
    <message>
        <source>A stored column chunk has the wrong type for column &apos;%1&apos;.</source>
        <translation>Ein gespeicherter Spaltenblock hat den falschen Typ für Spalte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A stored column chunk is damaged (column &apos;%1&apos;).</source>
        <translation>Ein gespeicherter Spaltenblock ist beschädigt (Spalte &apos;%1&apos;).</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>The mapping maps field &apos;%1&apos; to column &apos;%2&apos;, which the file does not have.</source>
        <translation>Die Zuordnung ordnet das Feld &apos;%1&apos; der Spalte &apos;%2&apos; zu, die es in der Datei nicht gibt.</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; has an empty list of indicator columns.</source>
        <translation>Feld &apos;%1&apos; hat eine leere Liste von Indikatorspalten.</translation>
    </message>
    <message>
        <source>Indicator column &apos;%1&apos; for field &apos;%2&apos; is not in the file.</source>
        <translation>Indikatorspalte &apos;%1&apos; für Feld &apos;%2&apos; ist nicht in der Datei.</translation>
    </message>
    <message>
        <source>Required field &apos;%1&apos; is not mapped: map a column to it, or give a constant or indicator columns in the mapping.</source>
        <translation>Pflichtfeld &apos;%1&apos; ist nicht zugeordnet: Ordnen Sie ihm eine Spalte zu oder geben Sie in der Zuordnung eine Konstante oder Indikatorspalten an.</translation>
    </message>
    <message>
        <source>Required fields &apos;%1&apos; are not mapped: map columns to them, or give constants or indicator columns in the mapping.</source>
        <translation>Pflichtfelder &apos;%1&apos; sind nicht zugeordnet: Ordnen Sie ihnen Spalten zu oder geben Sie in der Zuordnung Konstanten oder Indikatorspalten an.</translation>
    </message>
    <message>
        <source>not a column mapping (expected &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>keine Spaltenzuordnung (erwartet: &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>mapping version %1 is newer than this build understands (%2).</source>
        <translation>Zuordnungsversion %1 ist neuer als diese Version versteht (%2).</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in &quot;fields&quot;.</source>
        <translation>unbekanntes Feld &apos;%1&apos; in &quot;fields&quot;.</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; needs a non-empty &quot;column&quot;, &quot;constant&quot; or &quot;indicators&quot;.</source>
        <translation>Feld &apos;%1&apos; benötigt ein nicht leeres &quot;column&quot;, &quot;constant&quot; oder &quot;indicators&quot;.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>line 1, column 1: expected a JSON object.</source>
        <translation>Zeile 1, Spalte 1: JSON-Objekt erwartet.</translation>
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
        <translation>RMSE (Log-Preis)</translation>
    </message>
    <message>
        <source>RMSE (EUR)</source>
        <translation>RMSE (EUR)</translation>
    </message>
    <message>
        <source>Predicted vs actual price</source>
        <translation>Vorhergesagter vs. tatsächlicher Preis</translation>
    </message>
    <message>
        <source>Actual price (EUR)</source>
        <translation>Tatsächlicher Preis (EUR)</translation>
    </message>
    <message>
        <source>Predicted price (EUR)</source>
        <translation>Vorhergesagter Preis (EUR)</translation>
    </message>
    <message>
        <source>y = x (perfect prediction)</source>
        <translation>y = x (perfekte Vorhersage)</translation>
    </message>
    <message>
        <source>Select runs in the leaderboard to compare their predictions.</source>
        <translation>Wählen Sie Läufe in der Rangliste aus, um ihre Vorhersagen zu vergleichen.</translation>
    </message>
    <message>
        <source>Residuals (predicted − actual)</source>
        <translation>Residuen (vorhergesagt − tatsächlich)</translation>
    </message>
    <message>
        <source>Residual (EUR)</source>
        <translation>Residuum (EUR)</translation>
    </message>
    <message>
        <source>Share of predictions (%)</source>
        <translation>Anteil der Vorhersagen (%)</translation>
    </message>
    <message>
        <source>Select runs in the leaderboard to compare their residuals.</source>
        <translation>Wählen Sie Läufe in der Rangliste aus, um ihre Residuen zu vergleichen.</translation>
    </message>
    <message>
        <source>Error by segment</source>
        <translation>Fehler nach Segment</translation>
    </message>
    <message>
        <source>Segment (brand, age, price by actual)</source>
        <translation>Segment (Marke, Alter, Preis nach Istwert)</translation>
    </message>
    <message>
        <source>MAE (EUR)</source>
        <translation>MAE (EUR)</translation>
    </message>
    <message>
        <source>Select runs in the leaderboard to compare their errors by segment.</source>
        <translation>Wählen Sie Läufe in der Rangliste aus, um ihre Fehler nach Segment zu vergleichen.</translation>
    </message>
    <message>
        <source>0–2 years</source>
        <translation>0–2 Jahre</translation>
    </message>
    <message>
        <source>3–5 years</source>
        <translation>3–5 Jahre</translation>
    </message>
    <message>
        <source>6–9 years</source>
        <translation>6–9 Jahre</translation>
    </message>
    <message>
        <source>10+ years</source>
        <translation>10+ Jahre</translation>
    </message>
    <message>
        <source>&lt; 10k EUR</source>
        <translation>&lt; 10 Tsd. EUR</translation>
    </message>
    <message>
        <source>10–20k EUR</source>
        <translation>10–20 Tsd. EUR</translation>
    </message>
    <message>
        <source>20–40k EUR</source>
        <translation>20–40 Tsd. EUR</translation>
    </message>
    <message>
        <source>≥ 40k EUR</source>
        <translation>≥ 40 Tsd. EUR</translation>
    </message>
    <message>
        <source>Learning curves (final model)</source>
        <translation>Lernkurven (endgültiges Modell)</translation>
    </message>
    <message>
        <source>Boosting round</source>
        <translation>Boosting-Runde</translation>
    </message>
    <message>
        <source>None of the selected runs has a learning curve (only XGBoost records one).</source>
        <translation>Keiner der ausgewählten Läufe hat eine Lernkurve (nur XGBoost zeichnet eine auf).</translation>
    </message>
    <message>
        <source>%1 train</source>
        <translation>%1 Training</translation>
    </message>
    <message>
        <source>%1 validation</source>
        <translation>%1 Validierung</translation>
    </message>
</context>
<context>
    <name>ContractEvaluator</name>
    <message>
        <source> rows</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source> (warn above %1%2)</source>
        <translation> (Warnung über %1%2)</translation>
    </message>
    <message>
        <source> (warn below %1%2)</source>
        <translation> (Warnung unter %1%2)</translation>
    </message>
    <message>
        <source>a %1 column</source>
        <translation>eine Spalte vom Typ %1</translation>
    </message>
    <message>
        <source>column present</source>
        <translation>Spalte vorhanden</translation>
    </message>
    <message>
        <source>optional column</source>
        <translation>optionale Spalte</translation>
    </message>
    <message>
        <source>column missing</source>
        <translation>Spalte fehlt</translation>
    </message>
    <message>
        <source>column absent (optional)</source>
        <translation>Spalte fehlt (optional)</translation>
    </message>
    <message>
        <source>%1 column</source>
        <translation>Spalte vom Typ %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows missing (%3 complete)</source>
        <translation>%1 von %2 Zeilen fehlen (%3 vollständig)</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>fehlend %1</translation>
    </message>
    <message>
        <source>no missing values (required)</source>
        <translation>keine fehlenden Werte (Pflicht)</translation>
    </message>
    <message>
        <source>every value %1</source>
        <translation>jeder Wert %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>no values</source>
        <translation>keine Werte</translation>
    </message>
    <message>
        <source>%1 of %2 values out of range (min %3, max %4)</source>
        <translation>%1 von %2 Werten außerhalb des Bereichs (Min. %3, Max. %4)</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>matching /%1/</source>
        <translation>passend zu /%1/</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 of %2 values do not fit</source>
        <translation>%1 von %2 Werten passen nicht</translation>
    </message>
    <message>
        <source>at least %1 items</source>
        <translation>mindestens %1 Einträge</translation>
    </message>
    <message>
        <source>at most %1 items</source>
        <translation>höchstens %1 Einträge</translation>
    </message>
    <message>
        <source>every list %1</source>
        <translation>jede Liste %1</translation>
    </message>
    <message>
        <source>%1 of %2 lists do not fit</source>
        <translation>%1 von %2 Listen passen nicht</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer von %1</translation>
    </message>
    <message>
        <source>%1; other values %2</source>
        <translation>%1; andere Werte %2</translation>
    </message>
    <message>
        <source>%1 of %2 values not allowed</source>
        <translation>%1 von %2 Werten nicht zulässig</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Dateizeile %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 (same as %2)</source>
        <translation>%1 (wie %2)</translation>
    </message>
    <message>
        <source>%1 of %2 rows repeat an earlier key (%3 distinct keys)</source>
        <translation>%1 von %2 Zeilen wiederholen einen früheren Schlüssel (%3 verschiedene Schlüssel)</translation>
    </message>
    <message>
        <source>duplicate rows %1</source>
        <translation>doppelte Zeilen %1</translation>
    </message>
    <message>
        <source>every value unique</source>
        <translation>jeder Wert eindeutig</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>rows %1</source>
        <translation>Zeilen %1</translation>
    </message>
    <message>
        <source>newest value at most %1 days before %2</source>
        <translation>neuester Wert höchstens %1 Tage vor %2</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>keine Datumswerte</translation>
    </message>
    <message>
        <source>newest %1, %2 days before %3</source>
        <translation>neuester %1, %2 Tage vor %3</translation>
    </message>
    <message>
        <source>newest %1, %2 days after %3</source>
        <translation>neuester %1, %2 Tage nach %3</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1 at most year of %2 + %3; rows after %4</source>
        <translation>%1 höchstens Jahr von %2 + %3; Zeilen danach %4</translation>
    </message>
    <message>
        <source>%1 of %2 rows after the limit</source>
        <translation>%1 von %2 Zeilen nach der Grenze</translation>
    </message>
    <message>
        <source>not after %1; rows after it %2</source>
        <translation>nicht nach %1; Zeilen danach %2</translation>
    </message>
    <message>
        <source>%1 of %2 values after %3</source>
        <translation>%1 von %2 Werten nach %3</translation>
    </message>
    <message>
        <source>The data contract declares no schema object.</source>
        <translation>Der Datenvertrag deklariert kein Schemaobjekt.</translation>
    </message>
    <message>
        <source>The data contract has no schema object &apos;%1&apos;.</source>
        <translation>Der Datenvertrag hat kein Schemaobjekt &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The data contract checks dates against today: a reference date is needed.</source>
        <translation>Der Datenvertrag prüft Datumswerte gegen das heutige Datum: ein Referenzdatum ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>ContractReport</name>
    <message>
        <source>The stored contract report is damaged.</source>
        <translation>Der gespeicherte Vertragsbericht ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>CsvProblem</name>
    <message>
        <source>The quoted field in column %1 (opened at byte %2) is not closed before the end of the file.</source>
        <translation>Das Feld in Anführungszeichen in Spalte %1 (geöffnet bei Byte %2) wird vor dem Dateiende nicht geschlossen.</translation>
    </message>
    <message>
        <source>Characters after a closing quote at byte %1 in column %2.</source>
        <translation>Zeichen nach einem schließenden Anführungszeichen bei Byte %1 in Spalte %2.</translation>
    </message>
    <message>
        <source>Invalid character encoding at byte %1 in column %2.</source>
        <translation>Ungültige Zeichenkodierung bei Byte %1 in Spalte %2.</translation>
    </message>
    <message>
        <source>The field in column %1 (from byte %2) is larger than the limit; the record was skipped.</source>
        <translation>Das Feld in Spalte %1 (ab Byte %2) überschreitet die Größenbegrenzung; der Eintrag wurde übersprungen.</translation>
    </message>
    <message>
        <source>The record has more than %1 fields; it was skipped.</source>
        <translation>Der Eintrag hat mehr als %1 Felder; er wurde übersprungen.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The delimiter and the quote character must be two different characters, neither a line break.</source>
        <translation>Trennzeichen und Anführungszeichen müssen zwei verschiedene Zeichen sein, und keines darf ein Zeilenumbruch sein.</translation>
    </message>
</context>
<context>
    <name>DataContract</name>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
    <message>
        <source>%1: cannot read the contract: %2</source>
        <translation>%1: der Vertrag kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>ein leerer Wert</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>eine Map</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (ignored)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; (ignoriert)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a map, got %2</source>
        <translation>&apos;%1&apos; muss eine Map sein, gefunden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list, got %2</source>
        <translation>&apos;%1&apos; muss eine Liste sein, gefunden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text, got %2</source>
        <translation>&apos;%1&apos; muss Text sein, gefunden: %2</translation>
    </message>
    <message>
        <source>missing required key &apos;%1&apos; in %2</source>
        <translation>erforderlicher Schlüssel &apos;%1&apos; fehlt in %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation>&apos;%1&apos; darf nicht leer sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number, got %2</source>
        <translation>&apos;%1&apos; muss eine Zahl sein, gefunden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number, got %2</source>
        <translation>&apos;%1&apos; muss eine ganze Zahl sein, gefunden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, got %2</source>
        <translation>&apos;%1&apos; muss true oder false sein, gefunden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a date (YYYY-MM-DD), got %2</source>
        <translation>&apos;%1&apos; muss ein Datum sein (JJJJ-MM-TT), gefunden: %2</translation>
    </message>
    <message>
        <source>&apos;pattern&apos; is not a valid regular expression: %1</source>
        <translation>&apos;pattern&apos; ist kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>the contract must be a map of ODCS keys, got %1</source>
        <translation>der Vertrag muss eine Map von ODCS-Schlüsseln sein, gefunden: %1</translation>
    </message>
    <message>
        <source>the contract</source>
        <translation>dem Vertrag</translation>
    </message>
    <message>
        <source>unsupported apiVersion &apos;%1&apos;; supported: %2</source>
        <translation>nicht unterstützte apiVersion &apos;%1&apos;; unterstützt: %2</translation>
    </message>
    <message>
        <source>&apos;kind&apos; must be DataContract, got &apos;%1&apos;</source>
        <translation>&apos;kind&apos; muss DataContract sein, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a schema object</source>
        <translation>einem Schemaobjekt</translation>
    </message>
    <message>
        <source>a schema object&apos;s &apos;logicalType&apos; must be object, got %1</source>
        <translation>&apos;logicalType&apos; eines Schemaobjekts muss object sein, gefunden: %1</translation>
    </message>
    <message>
        <source>property &apos;%1&apos; is declared twice</source>
        <translation>Eigenschaft &apos;%1&apos; ist doppelt deklariert</translation>
    </message>
    <message>
        <source>a schema property</source>
        <translation>einer Schemaeigenschaft</translation>
    </message>
    <message>
        <source>unknown logicalType &apos;%1&apos;; expected one of string, integer, number, date, array, boolean, object</source>
        <translation>unbekannter logicalType &apos;%1&apos;; erwartet: string, integer, number, date, array, boolean oder object</translation>
    </message>
    <message>
        <source>nested object property &apos;%1&apos; is only checked for presence</source>
        <translation>verschachtelte Objekteigenschaft &apos;%1&apos; wird nur auf Vorhandensein geprüft</translation>
    </message>
    <message>
        <source>&apos;maximum&apos; must not be below &apos;minimum&apos;</source>
        <translation>&apos;maximum&apos; darf nicht kleiner als &apos;minimum&apos; sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be negative</source>
        <translation>&apos;%1&apos; darf nicht negativ sein</translation>
    </message>
    <message>
        <source>&apos;rowCount&apos; is a schema-level rule; declare it under the schema object&apos;s quality</source>
        <translation>&apos;rowCount&apos; ist eine Regel auf Schemaebene; deklarieren Sie sie unter quality des Schemaobjekts</translation>
    </message>
    <message>
        <source>this rule checks a column: declare it under a property&apos;s quality</source>
        <translation>diese Regel prüft eine Spalte: deklarieren Sie sie unter quality einer Eigenschaft</translation>
    </message>
    <message>
        <source>missing required key &apos;properties&apos; in the rule&apos;s arguments</source>
        <translation>erforderlicher Schlüssel &apos;properties&apos; fehlt in den Argumenten der Regel</translation>
    </message>
    <message>
        <source>&apos;properties&apos; names unknown property &apos;%1&apos;</source>
        <translation>&apos;properties&apos; nennt die unbekannte Eigenschaft &apos;%1&apos;</translation>
    </message>
    <message>
        <source>quality rule of type &apos;%1&apos; is not evaluated</source>
        <translation>Qualitätsregel vom Typ &apos;%1&apos; wird nicht ausgewertet</translation>
    </message>
    <message>
        <source>unknown quality type &apos;%1&apos;; expected library, text, sql or custom</source>
        <translation>unbekannter Qualitätstyp &apos;%1&apos;; erwartet: library, text, sql oder custom</translation>
    </message>
    <message>
        <source>missing required key &apos;metric&apos; (or &apos;rule&apos;) in a quality rule</source>
        <translation>erforderlicher Schlüssel &apos;metric&apos; (oder &apos;rule&apos;) fehlt in einer Qualitätsregel</translation>
    </message>
    <message>
        <source>quality rule &apos;%1&apos; is not supported and is not evaluated</source>
        <translation>Qualitätsregel &apos;%1&apos; wird nicht unterstützt und nicht ausgewertet</translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos;; treated as error</source>
        <translation>unbekannter Schweregrad &apos;%1&apos;; wird als error behandelt</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;; expected rows or percent</source>
        <translation>unbekannte Einheit &apos;%1&apos;; erwartet: rows oder percent</translation>
    </message>
    <message>
        <source>&apos;rowCount&apos; counts rows; &apos;unit&apos; must be rows</source>
        <translation>&apos;rowCount&apos; zählt Zeilen; &apos;unit&apos; muss rows sein</translation>
    </message>
    <message>
        <source>missing required key &apos;validValues&apos; (or &apos;pattern&apos;) in the rule&apos;s arguments</source>
        <translation>erforderlicher Schlüssel &apos;validValues&apos; (oder &apos;pattern&apos;) fehlt in den Argumenten der Regel</translation>
    </message>
    <message>
        <source>missing required key &apos;field&apos; in the rule&apos;s arguments</source>
        <translation>erforderlicher Schlüssel &apos;field&apos; fehlt in den Argumenten der Regel</translation>
    </message>
    <message>
        <source>a quality rule takes one operator, found &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>eine Qualitätsregel hat nur einen Operator, gefunden: &apos;%1&apos; und &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of two numbers, got %2</source>
        <translation>&apos;%1&apos; muss eine Liste aus zwei Zahlen sein, gefunden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must list the smaller number first</source>
        <translation>&apos;%1&apos; muss die kleinere Zahl zuerst nennen</translation>
    </message>
    <message>
        <source>a custom property</source>
        <translation>einer benutzerdefinierten Eigenschaft</translation>
    </message>
    <message>
        <source>missing required key &apos;value&apos; in a custom property</source>
        <translation>erforderlicher Schlüssel &apos;value&apos; fehlt in einer benutzerdefinierten Eigenschaft</translation>
    </message>
    <message>
        <source>&apos;warnThreshold&apos; needs a one-sided operator (mustBeLessThan, mustBeLessOrEqualTo, mustBeGreaterThan or mustBeGreaterOrEqualTo)</source>
        <translation>&apos;warnThreshold&apos; benötigt einen einseitigen Operator (mustBeLessThan, mustBeLessOrEqualTo, mustBeGreaterThan oder mustBeGreaterOrEqualTo)</translation>
    </message>
    <message>
        <source>&apos;warnThreshold&apos; %1 must be stricter than %2 %3</source>
        <translation>&apos;warnThreshold&apos; %1 muss strenger sein als %2 %3</translation>
    </message>
    <message>
        <source>an SLA property</source>
        <translation>einer SLA-Eigenschaft</translation>
    </message>
    <message>
        <source>missing required key &apos;value&apos; in an SLA property</source>
        <translation>erforderlicher Schlüssel &apos;value&apos; fehlt in einer SLA-Eigenschaft</translation>
    </message>
    <message>
        <source>SLA property &apos;%1&apos; is not evaluated</source>
        <translation>SLA-Eigenschaft &apos;%1&apos; wird nicht ausgewertet</translation>
    </message>
    <message>
        <source>unsupported SLA unit &apos;%1&apos;; expected d, days, w, weeks, y or years</source>
        <translation>nicht unterstützte SLA-Einheit &apos;%1&apos;; erwartet: d, days, w, weeks, y oder years</translation>
    </message>
    <message>
        <source>missing required key &apos;element&apos; in the latency SLA (or a slaDefaultElement)</source>
        <translation>erforderlicher Schlüssel &apos;element&apos; fehlt im Latenz-SLA (oder ein slaDefaultElement)</translation>
    </message>
    <message>
        <source>&apos;element&apos; names unknown property &apos;%1&apos;</source>
        <translation>&apos;element&apos; nennt die unbekannte Eigenschaft &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;element&apos; must name a date property; &apos;%1&apos; is %2</source>
        <translation>&apos;element&apos; muss eine Datumseigenschaft nennen; &apos;%1&apos; ist %2</translation>
    </message>
    <message>
        <source>&apos;field&apos; names unknown property &apos;%1&apos;</source>
        <translation>&apos;field&apos; nennt die unbekannte Eigenschaft &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;field&apos; must name a date property; &apos;%1&apos; is %2</source>
        <translation>&apos;field&apos; muss eine Datumseigenschaft nennen; &apos;%1&apos; ist %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Internal error: invalid database query.</source>
        <translation>Interner Fehler: ungültige Datenbankabfrage.</translation>
    </message>
    <message>
        <source>The workspace has no such value.</source>
        <translation>Der Arbeitsbereich enthält diesen Wert nicht.</translation>
    </message>
    <message>
        <source>The workspace is busy: another window or program is writing to it. Try again in a moment.</source>
        <translation>Der Arbeitsbereich ist belegt: ein anderes Fenster oder Programm schreibt gerade hinein. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The workspace cannot be written to (the file or its folder is read-only).</source>
        <translation>In den Arbeitsbereich kann nicht geschrieben werden (die Datei oder ihr Ordner ist schreibgeschützt).</translation>
    </message>
    <message>
        <source>The disk is full: the workspace could not be saved.</source>
        <translation>Der Datenträger ist voll: der Arbeitsbereich konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The workspace file is damaged or is not a database.</source>
        <translation>Die Arbeitsbereichsdatei ist beschädigt oder keine Datenbank.</translation>
    </message>
    <message>
        <source>The workspace file could not be opened.</source>
        <translation>Die Arbeitsbereichsdatei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Reading or writing the workspace file failed.</source>
        <translation>Lesen oder Schreiben der Arbeitsbereichsdatei ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The change was rejected by a rule of the workspace.</source>
        <translation>Die Änderung wurde von einer Regel des Arbeitsbereichs abgelehnt.</translation>
    </message>
    <message>
        <source>The workspace database reported an error.</source>
        <translation>Die Datenbank des Arbeitsbereichs hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>DatasetRef</name>
    <message>
        <source>Write a dataset as NAME, NAME@3 or NAME@latest.</source>
        <translation>Geben Sie einen Datensatz als NAME, NAME@3 oder NAME@latest an.</translation>
    </message>
    <message>
        <source>The dataset name is empty.</source>
        <translation>Der Datensatzname ist leer.</translation>
    </message>
    <message>
        <source>The dataset name &apos;%1&apos; contains &apos;@&apos;, which separates a name from a version.</source>
        <translation>Der Datensatzname &apos;%1&apos; enthält &apos;@&apos;, das einen Namen von einer Version trennt.</translation>
    </message>
    <message>
        <source>The dataset name contains a control character.</source>
        <translation>Der Datensatzname enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The dataset name &apos;%1…&apos; is too long: at most %2 characters are allowed.</source>
        <translation>Der Datensatzname &apos;%1…&apos; ist zu lang: höchstens %2 Zeichen sind erlaubt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a dataset version: a version is a number from 1 or &apos;latest&apos;.</source>
        <translation>&apos;%1&apos; ist keine Datensatzversion: eine Version ist eine Zahl ab 1 oder &apos;latest&apos;.</translation>
    </message>
</context>
<context>
    <name>DatasetStore</name>
    <message>
        <source>The workspace holds a dataset version of unknown kind.</source>
        <translation>Der Arbeitsbereich enthält eine Datensatzversion unbekannter Art.</translation>
    </message>
    <message>
        <source>The workspace holds a dataset column of unknown type.</source>
        <translation>Der Arbeitsbereich enthält eine Datensatzspalte unbekannten Typs.</translation>
    </message>
    <message>
        <source>The dataset version does not exist (any more).</source>
        <translation>Die Datensatzversion existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>There is no dataset named &apos;%1&apos;: the workspace has no datasets yet.</source>
        <translation>Es gibt keinen Datensatz namens &apos;%1&apos;: der Arbeitsbereich enthält noch keine Datensätze.</translation>
    </message>
    <message>
        <source>There is no dataset named &apos;%1&apos;. Datasets in this workspace: %2.</source>
        <translation>Es gibt keinen Datensatz namens &apos;%1&apos;. Datensätze in diesem Arbeitsbereich: %2.</translation>
    </message>
    <message>
        <source>Dataset &apos;%1&apos; has no versions.</source>
        <translation>Datensatz &apos;%1&apos; hat keine Versionen.</translation>
    </message>
    <message>
        <source>Dataset &apos;%1&apos; has only version %2; there is no version %3.</source>
        <translation>Datensatz &apos;%1&apos; hat nur Version %2; es gibt keine Version %3.</translation>
    </message>
    <message>
        <source>Dataset &apos;%1&apos; has versions %2; there is no version %3.</source>
        <translation>Datensatz &apos;%1&apos; hat die Versionen %2; es gibt keine Version %3.</translation>
    </message>
    <message>
        <source>Dataset &apos;%1&apos; has no column &apos;%2&apos;.</source>
        <translation>Datensatz &apos;%1&apos; hat keine Spalte &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The stored data of dataset &apos;%1&apos; is damaged and cannot be read.</source>
        <translation>Die gespeicherten Daten des Datensatzes &apos;%1&apos; sind beschädigt und können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Internal error while deleting the dataset.</source>
        <translation>Interner Fehler beim Löschen des Datensatzes.</translation>
    </message>
    <message>
        <source>Dataset &apos;%1&apos; cannot be deleted: other items in the workspace were made from it.</source>
        <translation>Datensatz &apos;%1&apos; kann nicht gelöscht werden: andere Elemente im Arbeitsbereich wurden daraus erstellt.</translation>
    </message>
</context>
<context>
    <name>DatasetWriter</name>
    <message>
        <source>Internal error while saving the dataset.</source>
        <translation>Interner Fehler beim Speichern des Datensatzes.</translation>
    </message>
    <message>
        <source>A dataset needs at least one column.</source>
        <translation>Ein Datensatz braucht mindestens eine Spalte.</translation>
    </message>
    <message>
        <source>A dataset column needs a name.</source>
        <translation>Eine Datensatzspalte braucht einen Namen.</translation>
    </message>
    <message>
        <source>The column name &apos;%1&apos; occurs more than once.</source>
        <translation>Der Spaltenname &apos;%1&apos; kommt mehrfach vor.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of the car schema.</source>
        <translation>&apos;%1&apos; ist kein Feld des Fahrzeugschemas.</translation>
    </message>
    <message>
        <source>A dataset named &apos;%1&apos; already exists. Pass --append to add the rows to it as a new version, or choose another name.</source>
        <translation>Ein Datensatz namens &apos;%1&apos; existiert bereits. Geben Sie --append an, um die Zeilen als neue Version anzuhängen, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no dataset named &apos;%1&apos; to append to. Import the file as a new dataset first (without --append).</source>
        <translation>Es gibt keinen Datensatz namens &apos;%1&apos;, an den angehängt werden kann. Importieren Sie die Datei zuerst als neuen Datensatz (ohne --append).</translation>
    </message>
    <message>
        <source>There is no dataset named &apos;%1&apos; to clean.</source>
        <translation>Es gibt keinen Datensatz namens &apos;%1&apos;, der bereinigt werden kann.</translation>
    </message>
    <message>
        <source>The version to build on is not a version of dataset &apos;%1&apos;.</source>
        <translation>Die Ausgangsversion ist keine Version des Datensatzes &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Dataset &apos;%1&apos; got a newer version (version %2) in the meantime. Start the append again.</source>
        <translation>Datensatz &apos;%1&apos; hat inzwischen eine neuere Version erhalten (Version %2). Starten Sie das Anhängen erneut.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds %2 values in version %3 of dataset &apos;%4&apos;, but the new rows have %5 values.</source>
        <translation>Spalte &apos;%1&apos; enthält in Version %3 des Datensatzes &apos;%4&apos; Werte vom Typ %2, die neuen Zeilen aber Werte vom Typ %5.</translation>
    </message>
</context>
<context>
    <name>DatasetsCommand</name>
    <message>
        <source>List the datasets of a workspace with their versions, row counts and hashes.</source>
        <translation>Die Datensätze eines Arbeitsbereichs mit ihren Versionen, Zeilenzahlen und Prüfsummen auflisten.</translation>
    </message>
    <message>
        <source>No datasets yet. Import one with &apos;valuator-cli import&apos;.</source>
        <translation>Noch keine Datensätze. Importieren Sie einen mit &apos;valuator-cli import&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftAnalyzer</name>
    <message>
        <source>The bin count must be between 2 and 1000, not %1.</source>
        <translation>Die Anzahl der Klassen muss zwischen 2 und 1000 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>The PSI floor must be above 0 and at most 0.1.</source>
        <translation>Die PSI-Untergrenze muss größer als 0 und höchstens 0,1 sein.</translation>
    </message>
    <message>
        <source>The PSI thresholds must satisfy 0 &lt; warn &lt;= alert.</source>
        <translation>Die PSI-Schwellenwerte müssen 0 &lt; warn &lt;= alert erfüllen.</translation>
    </message>
    <message>
        <source>The rare-category share must be in [0, 1) and at least one category kept.</source>
        <translation>Der Anteil seltener Kategorien muss in [0, 1) liegen, und mindestens eine Kategorie muss erhalten bleiben.</translation>
    </message>
    <message>
        <source>The bin edges of &apos;%1&apos; must be finite and strictly ascending.</source>
        <translation>Die Klassengrenzen von &apos;%1&apos; müssen endlich und streng aufsteigend sein.</translation>
    </message>
    <message>
        <source>Both versions need rows to compare.</source>
        <translation>Beide Versionen brauchen Zeilen für den Vergleich.</translation>
    </message>
    <message>
        <source>not in the current version</source>
        <translation>nicht in der aktuellen Version</translation>
    </message>
    <message>
        <source>lists are not compared</source>
        <translation>Listen werden nicht verglichen</translation>
    </message>
    <message>
        <source>the type changed from %1 to %2</source>
        <translation>der Typ hat sich von %1 zu %2 geändert</translation>
    </message>
    <message>
        <source>not in the reference version</source>
        <translation>nicht in der Referenzversion</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlend)</translation>
    </message>
    <message numerus="yes">
        <source>(other: %n categories)</source>
        <translation>
            <numerusform>(sonstige: %n Kategorie)</numerusform>
            <numerusform>(sonstige: %n Kategorien)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftCommand</name>
    <message>
        <source>Compare two dataset versions feature by feature (PSI, KS, unseen categories).</source>
        <translation>Zwei Datensatzversionen Merkmal für Merkmal vergleichen (PSI, KS, neue Kategorien).</translation>
    </message>
    <message>
        <source>Reference version (NAME@V).</source>
        <translation>Referenzversion (NAME@V).</translation>
    </message>
    <message>
        <source>Current version (NAME@V).</source>
        <translation>Aktuelle Version (NAME@V).</translation>
    </message>
    <message>
        <source>Quantile bins for numeric features (default 10).</source>
        <translation>Quantilklassen für numerische Merkmale (Standard 10).</translation>
    </message>
    <message>
        <source>--bins must be a number from 2 to 1000</source>
        <translation>--bins muss eine Zahl von 2 bis 1000 sein</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>Vergleiche %1 mit %2</translation>
    </message>
    <message>
        <source>Drift of %1 against %2: %3</source>
        <translation>Drift von %1 gegenüber %2: %3</translation>
    </message>
</context>
<context>
    <name>DriftReport</name>
    <message>
        <source>The stored drift report is damaged.</source>
        <translation>Der gespeicherte Drift-Bericht ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>ExplainCharts</name>
    <message>
        <source>Effect on price (%)</source>
        <translation>Auswirkung auf den Preis (%)</translation>
    </message>
    <message>
        <source>Effect on price (%1)</source>
        <translation>Auswirkung auf den Preis (%1)</translation>
    </message>
    <message>
        <source>%1: low</source>
        <translation>%1: niedrig</translation>
    </message>
    <message>
        <source>%1: lower</source>
        <translation>%1: eher niedrig</translation>
    </message>
    <message>
        <source>%1: middle</source>
        <translation>%1: mittel</translation>
    </message>
    <message>
        <source>%1: higher</source>
        <translation>%1: eher hoch</translation>
    </message>
    <message>
        <source>%1: high</source>
        <translation>%1: hoch</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>Kilometerstand (km)</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>Alter (Jahre)</translation>
    </message>
    <message>
        <source>Mileage per year (km)</source>
        <translation>Fahrleistung pro Jahr (km)</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>Leistung (kW)</translation>
    </message>
    <message>
        <source>Engine (l)</source>
        <translation>Hubraum (l)</translation>
    </message>
    <message>
        <source>Equipment: %1</source>
        <translation>Ausstattung: %1</translation>
    </message>
    <message>
        <source>Feature importance (the %1 most important)</source>
        <translation>Merkmalswichtigkeit (die %1 wichtigsten)</translation>
    </message>
    <message>
        <source>Feature importance</source>
        <translation>Merkmalswichtigkeit</translation>
    </message>
    <message>
        <source>Feature (most important first)</source>
        <translation>Merkmal (wichtigstes zuerst)</translation>
    </message>
    <message>
        <source>Share of total importance (%)</source>
        <translation>Anteil an der Gesamtwichtigkeit (%)</translation>
    </message>
    <message>
        <source>No importance to show.</source>
        <translation>Keine Wichtigkeit anzuzeigen.</translation>
    </message>
    <message>
        <source>Mean |SHAP| (share)</source>
        <translation>Mittleres |SHAP| (Anteil)</translation>
    </message>
    <message>
        <source>XGBoost gain (share)</source>
        <translation>XGBoost-Gain (Anteil)</translation>
    </message>
    <message>
        <source>SHAP summary: one dot per car and feature</source>
        <translation>SHAP-Übersicht: ein Punkt je Fahrzeug und Merkmal</translation>
    </message>
    <message>
        <source>Feature (most important first); colour = the car&apos;s value of that feature</source>
        <translation>Merkmal (wichtigstes zuerst); Farbe = Wert des Fahrzeugs für dieses Merkmal</translation>
    </message>
    <message>
        <source>No SHAP values to show.</source>
        <translation>Keine SHAP-Werte anzuzeigen.</translation>
    </message>
    <message>
        <source>Feature value</source>
        <translation>Merkmalswert</translation>
    </message>
    <message>
        <source>SHAP dependence: %1</source>
        <translation>SHAP-Abhängigkeit: %1</translation>
    </message>
    <message>
        <source>Choose a feature to see how its value drives the price.</source>
        <translation>Wählen Sie ein Merkmal, um zu sehen, wie sein Wert den Preis beeinflusst.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Partial dependence with ICE curves: %1</source>
        <translation>Partielle Abhängigkeit mit ICE-Kurven: %1</translation>
    </message>
    <message>
        <source>Predicted price (%1)</source>
        <translation>Vorhergesagter Preis (%1)</translation>
    </message>
    <message>
        <source>No partial dependence for %1.</source>
        <translation>Keine partielle Abhängigkeit für %1.</translation>
    </message>
    <message>
        <source>One car (ICE)</source>
        <translation>Ein Fahrzeug (ICE)</translation>
    </message>
    <message>
        <source>Average over cars (PDP)</source>
        <translation>Mittel über die Fahrzeuge (PDP)</translation>
    </message>
    <message>
        <source>Standardised coefficients with 95 % confidence intervals (largest %1)</source>
        <translation>Standardisierte Koeffizienten mit 95-%-Konfidenzintervallen (die %1 größten)</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Coefficient (log price per SD)</source>
        <translation>Koeffizient (log. Preis je SD)</translation>
    </message>
    <message>
        <source>Coefficient (EUR per SD)</source>
        <translation>Koeffizient (EUR je SD)</translation>
    </message>
    <message>
        <source>Coefficients are shown for linear models only.</source>
        <translation>Koeffizienten werden nur für lineare Modelle angezeigt.</translation>
    </message>
    <message>
        <source>95 % confidence interval</source>
        <translation>95-%-Konfidenzintervall</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>Koeffizient</translation>
    </message>
    <message>
        <source>Why this price: base value → contributions → price</source>
        <translation>Warum dieser Preis: Basiswert → Beiträge → Preis</translation>
    </message>
    <message>
        <source>Step (feature = the car&apos;s value)</source>
        <translation>Schritt (Merkmal = Wert des Fahrzeugs)</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>Preis (%1)</translation>
    </message>
    <message>
        <source>Choose a car to see its valuation.</source>
        <translation>Wählen Sie ein Fahrzeug, um seine Bewertung zu sehen.</translation>
    </message>
    <message>
        <source>Overall MAPE %1 %</source>
        <translation>MAPE gesamt %1 %</translation>
    </message>
    <message>
        <source>Flag above %1 %</source>
        <translation>Markierung über %1 %</translation>
    </message>
    <message>
        <source>Error by segment (MAPE)</source>
        <translation>Fehler nach Segment (MAPE)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Segment of %1</source>
        <translation>Segment nach %1</translation>
    </message>
    <message>
        <source>MAPE (%)</source>
        <translation>MAPE (%)</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>Innerhalb der Toleranz</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>No fairness check has been run for this model yet.</source>
        <translation>Für dieses Modell wurde noch keine Fairness-Prüfung ausgeführt.</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>the car is not valid JSON: %1 at character %2</source>
        <translation>das Fahrzeug ist kein gültiges JSON: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>the car must be a JSON object like {&quot;brand&quot;: &quot;BMW&quot;, &quot;mileage_km&quot;: 85000}</source>
        <translation>das Fahrzeug muss ein JSON-Objekt sein, etwa {&quot;brand&quot;: &quot;BMW&quot;, &quot;mileage_km&quot;: 85000}</translation>
    </message>
    <message>
        <source>Explain a model&apos;s prices: one car&apos;s dealer sheet, or feature importance on a dataset.</source>
        <translation>Die Preise eines Modells erklären: die Händleraufstellung eines Fahrzeugs oder die Merkmalswichtigkeit auf einem Datensatz.</translation>
    </message>
    <message>
        <source>Model id (= run id).</source>
        <translation>Modell-ID (= Lauf-ID).</translation>
    </message>
    <message>
        <source>One car as JSON with the canonical field names, e.g. &apos;{&quot;brand&quot;:&quot;BMW&quot;,&quot;mileage_km&quot;:85000}&apos;.</source>
        <translation>Ein Fahrzeug als JSON mit den kanonischen Feldnamen, z. B. &apos;{&quot;brand&quot;:&quot;BMW&quot;,&quot;mileage_km&quot;:85000}&apos;.</translation>
    </message>
    <message>
        <source>The car as a JSON file.</source>
        <translation>Das Fahrzeug als JSON-Datei.</translation>
    </message>
    <message>
        <source>Explain the model on a dataset version (NAME[@V]).</source>
        <translation>Das Modell auf einer Datensatzversion erklären (NAME[@V]).</translation>
    </message>
    <message>
        <source>Cars sampled from the dataset (default 1000; 0 = all).</source>
        <translation>Aus dem Datensatz gezogene Fahrzeuge (Standard 1000; 0 = alle).</translation>
    </message>
    <message>
        <source>Dealer sheets of this many sampled cars (default 3).</source>
        <translation>Händleraufstellungen für so viele der gezogenen Fahrzeuge (Standard 3).</translation>
    </message>
    <message>
        <source>Sale date assumed when the car has none (YYYY-MM-DD; default today).</source>
        <translation>Angenommenes Verkaufsdatum, wenn das Fahrzeug keines hat (YYYY-MM-DD; Standard: heute).</translation>
    </message>
    <message>
        <source>--model needs a model id (a number), not &apos;%1&apos;</source>
        <translation>--model erfordert eine Modell-ID (eine Zahl), nicht „%1“</translation>
    </message>
    <message>
        <source>give exactly one of --car, --car-file or --dataset</source>
        <translation>geben Sie genau eine der Optionen --car, --car-file oder --dataset an</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--valuation-date must be a date like 2025-06-30, not &apos;%1&apos;</source>
        <translation>--valuation-date muss ein Datum wie 2025-06-30 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--rows must be a whole number &gt;= 0</source>
        <translation>--rows muss eine ganze Zahl &gt;= 0 sein</translation>
    </message>
    <message>
        <source>--cars must be a number from 0 to 1000</source>
        <translation>--cars muss eine Zahl von 0 bis 1000 sein</translation>
    </message>
    <message>
        <source>Explaining model %1 on %2</source>
        <translation>Modell %1 wird auf %2 erklärt</translation>
    </message>
    <message>
        <source>Price %1 (%2 model)</source>
        <translation>Preis %1 (Modell %2)</translation>
    </message>
    <message>
        <source>Base value of the model</source>
        <translation>Basiswert des Modells</translation>
    </message>
    <message>
        <source>= Price</source>
        <translation>= Preis</translation>
    </message>
    <message>
        <source>Model %1 (%2) on %3: %4 of %5 rows explained</source>
        <translation>Modell %1 (%2) auf %3: %4 von %5 Zeilen erklärt</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>mean |SHAP|</source>
        <translation>Ø |SHAP|</translation>
    </message>
    <message>
        <source>gain %</source>
        <translation>Gain %</translation>
    </message>
    <message>
        <source>  partial dependence of %1: %2 at %3 -&gt; %4 at %5</source>
        <translation>  partielle Abhängigkeit von %1: %2 bei %3 -&gt; %4 bei %5</translation>
    </message>
    <message>
        <source>Row %1:</source>
        <translation>Zeile %1:</translation>
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
        <translation>Erhöht den Preis</translation>
    </message>
    <message>
        <source>Lowers the price</source>
        <translation>Senkt den Preis</translation>
    </message>
    <message>
        <source>Base value and price</source>
        <translation>Basiswert und Preis</translation>
    </message>
</context>
<context>
    <name>ExplainService</name>
    <message>
        <source>Run %1 has no stored model to explain.</source>
        <translation>Lauf %1 hat kein gespeichertes Modell, das erklärt werden kann.</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Es ist kein Modell geladen.</translation>
    </message>
</context>
<context>
    <name>ExplanationReport</name>
    <message>
        <source>&lt;p&gt;Model: %1 (%2, run %3) · trained on %4 · explained on %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;Modell: %1 (%2, Lauf %3) · trainiert auf %4 · erklärt auf %5&lt;/p&gt;</translation>
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
        <translation>Anzahl</translation>
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
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Valuation explained: %1</source>
        <translation>Bewertung erklärt: %1</translation>
    </message>
    <message>
        <source>one car</source>
        <translation>ein Fahrzeug</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The car&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Das Fahrzeug&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Why this price&lt;/h2&gt;&lt;p&gt;Base value %1, price %2.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Warum dieser Preis&lt;/h2&gt;&lt;p&gt;Basiswert %1, Preis %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dealer sheet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Händleraufstellung&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Car values</source>
        <translation>Werte des Fahrzeugs</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Model explained: %1</source>
        <translation>Modell erklärt: %1</translation>
    </message>
    <message>
        <source>Feature importance</source>
        <translation>Merkmalswichtigkeit</translation>
    </message>
    <message>
        <source>SHAP summary</source>
        <translation>SHAP-Übersicht</translation>
    </message>
    <message>
        <source>Partial dependence: %1</source>
        <translation>Partielle Abhängigkeit: %1</translation>
    </message>
    <message>
        <source>Standardised coefficients</source>
        <translation>Standardisierte Koeffizienten</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportiert am %1</translation>
    </message>
    <message>
        <source>Cannot write the report to &apos;%1&apos;: %2</source>
        <translation>Der Bericht kann nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the report to &apos;%1&apos;.</source>
        <translation>Der Bericht kann nicht nach „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <source>A report is written as .html or .pdf; &apos;%1&apos; has neither extension.</source>
        <translation>Ein Bericht wird als .html oder .pdf geschrieben; „%1“ hat keine dieser Endungen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h2&gt;Fairness: error by segment&lt;/h2&gt;&lt;p&gt;Checked on %1 at %2: overall MAPE %3 %, %n segment(s) flagged (segments with fewer than %4 cars are never flagged).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h2&gt;Fairness: Fehler nach Segment&lt;/h2&gt;&lt;p&gt;Geprüft mit %1 am %2: MAPE insgesamt %3 %, %n Segment markiert (Segmente mit weniger als %4 Fahrzeugen werden nie markiert).&lt;/p&gt;</numerusform>
            <numerusform>&lt;h2&gt;Fairness: Fehler nach Segment&lt;/h2&gt;&lt;p&gt;Geprüft mit %1 am %2: MAPE insgesamt %3 %, %n Segmente markiert (Segmente mit weniger als %4 Fahrzeugen werden nie markiert).&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FairnessCommand</name>
    <message>
        <source>Check a model&apos;s error by segment (brand, region, fuel, age, price) and store the result.</source>
        <translation>Den Fehler eines Modells nach Segment prüfen (Marke, Region, Kraftstoff, Alter, Preis) und das Ergebnis speichern.</translation>
    </message>
    <message>
        <source>Model id (= run id).</source>
        <translation>Modell-ID (= Lauf-ID).</translation>
    </message>
    <message>
        <source>Dataset version to score (NAME[@V]).</source>
        <translation>Zu bewertende Datensatzversion (NAME[@V]).</translation>
    </message>
    <message>
        <source>Segments, comma-separated: brand, region, fuel, age_band, price_band or any text column (default all five).</source>
        <translation>Segmente, durch Kommas getrennt: brand, region, fuel, age_band, price_band oder eine beliebige Textspalte (Standard: alle fünf).</translation>
    </message>
    <message>
        <source>Flag segments whose MAPE exceeds the overall MAPE by more than this factor (default 1.5).</source>
        <translation>Segmente markieren, deren MAPE den Gesamt-MAPE um mehr als diesen Faktor übersteigt (Standard 1.5).</translation>
    </message>
    <message>
        <source>Segments with fewer rows are never flagged (default 30).</source>
        <translation>Segmente mit weniger Zeilen werden nie markiert (Standard 30).</translation>
    </message>
    <message>
        <source>--model needs a model id (a number), not &apos;%1&apos;</source>
        <translation>--model erfordert eine Modell-ID (eine Zahl), nicht „%1“</translation>
    </message>
    <message>
        <source>--by needs at least one segment name</source>
        <translation>--by erfordert mindestens einen Segmentnamen</translation>
    </message>
    <message>
        <source>--factor must be a number above 0</source>
        <translation>--factor muss eine Zahl über 0 sein</translation>
    </message>
    <message>
        <source>--min-rows must be a whole number &gt;= 0</source>
        <translation>--min-rows muss eine ganze Zahl &gt;= 0 sein</translation>
    </message>
    <message>
        <source>Checking model %1 on %2</source>
        <translation>Modell %1 wird auf %2 geprüft</translation>
    </message>
    <message>
        <source>Fairness check %1 of model %2 on %3: %4 rows, MAE %5, MAPE %6%</source>
        <translation>Fairness-Prüfung %1 von Modell %2 auf %3: %4 Zeilen, MAE %5, MAPE %6%</translation>
    </message>
    <message>
        <source>  (the model&apos;s training data: errors are its out-of-fold validation predictions)</source>
        <translation>  (Trainingsdaten des Modells: die Fehler stammen aus seinen Out-of-Fold-Validierungsvorhersagen)</translation>
    </message>
    <message>
        <source>FLAGGED</source>
        <translation>MARKIERT</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) flagged (MAPE above %1 x overall, at least %2 rows).</source>
        <translation>
            <numerusform>%n Segment markiert (MAPE über %1 x Gesamt-MAPE, mindestens %2 Zeilen).</numerusform>
            <numerusform>%n Segmente markiert (MAPE über %1 x Gesamt-MAPE, mindestens %2 Zeilen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FairnessReport</name>
    <message>
        <source>The data has no sale_price column.</source>
        <translation>Die Daten haben keine Spalte sale_price.</translation>
    </message>
    <message>
        <source>The fairness factor must be above 0 and the minimum segment size at least 0.</source>
        <translation>Der Fairness-Faktor muss über 0 liegen und die Mindestgröße eines Segments mindestens 0 betragen.</translation>
    </message>
    <message>
        <source>Actual and predicted prices differ in length.</source>
        <translation>Tatsächliche und vorhergesagte Preise sind unterschiedlich lang.</translation>
    </message>
    <message>
        <source>The segment labels do not match the rows.</source>
        <translation>Die Segmentbezeichnungen passen nicht zu den Zeilen.</translation>
    </message>
    <message>
        <source>The age of the cars is unknown.</source>
        <translation>Das Alter der Fahrzeuge ist unbekannt.</translation>
    </message>
    <message>
        <source>Cannot segment by &quot;%1&quot;: the data has no such text column (or use age_band, price_band).</source>
        <translation>Nach „%1“ kann nicht segmentiert werden: die Daten haben keine solche Textspalte (oder verwenden Sie age_band, price_band).</translation>
    </message>
</context>
<context>
    <name>FairnessService</name>
    <message>
        <source>Run %1 has no stored model to check.</source>
        <translation>Lauf %1 hat kein gespeichertes Modell, das geprüft werden kann.</translation>
    </message>
    <message>
        <source>The dataset has no sale_price column to compare with.</source>
        <translation>Der Datensatz hat keine Spalte sale_price zum Vergleichen.</translation>
    </message>
    <message>
        <source>Model %1 has no fairness check yet.</source>
        <translation>Modell %1 hat noch keine Fairness-Prüfung.</translation>
    </message>
</context>
<context>
    <name>FeatureSpec</name>
    <message>
        <source>The feature options are invalid.</source>
        <translation>Die Merkmalsoptionen sind ungültig.</translation>
    </message>
    <message>
        <source>The data has no numeric sale_price column to learn from.</source>
        <translation>Die Daten haben keine numerische Spalte sale_price, aus der gelernt werden kann.</translation>
    </message>
    <message>
        <source>The data has no sale_date column: the age at sale is unknown.</source>
        <translation>Die Daten haben keine Spalte sale_date: das Alter beim Verkauf ist unbekannt.</translation>
    </message>
    <message>
        <source>The data has neither a model_year nor a first_registration column: the age at sale is unknown.</source>
        <translation>Die Daten haben weder eine Spalte model_year noch eine Spalte first_registration: das Alter beim Verkauf ist unbekannt.</translation>
    </message>
    <message>
        <source>A training row is out of range.</source>
        <translation>Eine Trainingszeile liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>The data has no numeric sale_price column.</source>
        <translation>Die Daten haben keine numerische Spalte sale_price.</translation>
    </message>
    <message>
        <source>The stored feature specification is damaged.</source>
        <translation>Die gespeicherte Merkmalsspezifikation ist beschädigt.</translation>
    </message>
    <message>
        <source>The feature specification was written by another version.</source>
        <translation>Die Merkmalsspezifikation wurde von einer anderen Version geschrieben.</translation>
    </message>
    <message>
        <source>A row to transform is out of range.</source>
        <translation>Eine zu transformierende Zeile liegt außerhalb des gültigen Bereichs.</translation>
    </message>
</context>
<context>
    <name>FieldReader</name>
    <message>
        <source>Column &apos;%1&apos; is mapped to %2, but its values are not dates in a known format (ISO, DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY).</source>
        <translation>Spalte &apos;%1&apos; ist %2 zugeordnet, aber ihre Werte sind keine Datumsangaben in einem bekannten Format (ISO, TT.MM.JJJJ, TT/MM/JJJJ, MM/TT/JJJJ).</translation>
    </message>
    <message>
        <source>The dates in column &apos;%1&apos; (%2) could be day/month or month/day: every value is valid both ways. Choose the order (for example --date-order dmy or mdy).</source>
        <translation>Die Datumsangaben in Spalte &apos;%1&apos; (%2) können Tag/Monat oder Monat/Tag sein: jeder Wert ist in beiden Lesarten gültig. Wählen Sie die Reihenfolge (zum Beispiel --date-order dmy oder mdy).</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; is mapped to column &apos;%2&apos;, which the file does not have.</source>
        <translation>Feld &apos;%1&apos; ist der Spalte &apos;%2&apos; zugeordnet, die es in der Datei nicht gibt.</translation>
    </message>
    <message>
        <source>The constant &apos;%1&apos; for field &apos;%2&apos; is not an unambiguous date; write it as YYYY-MM-DD.</source>
        <translation>Die Konstante &apos;%1&apos; für Feld &apos;%2&apos; ist kein eindeutiges Datum; schreiben Sie sie als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; cannot come from indicator columns: they can only give text fields such as brand, model, fuel or region.</source>
        <translation>Feld &apos;%1&apos; kann nicht aus Indikatorspalten kommen: diese liefern nur Textfelder wie Marke, Modell, Kraftstoff oder Region.</translation>
    </message>
    <message>
        <source>Indicator column &apos;%1&apos; for field &apos;%2&apos; is not in the file.</source>
        <translation>Indikatorspalte &apos;%1&apos; für Feld &apos;%2&apos; ist nicht in der Datei.</translation>
    </message>
    <message>
        <source>The constant &apos;%1&apos; for field &apos;%2&apos; cannot be read: %3.</source>
        <translation>Die Konstante &apos;%1&apos; für Feld &apos;%2&apos; kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>constant: %1</source>
        <translation>Konstante: %1</translation>
    </message>
    <message>
        <source>indicators: %1</source>
        <translation>Indikatoren: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>a year has no unit</source>
        <translation>eine Jahreszahl hat keine Einheit</translation>
    </message>
    <message>
        <source>%1: both &apos;%2&apos; and &apos;%3&apos; are set; an indicator group needs exactly one</source>
        <translation>%1: sowohl &apos;%2&apos; als auch &apos;%3&apos; sind gesetzt; eine Indikatorgruppe braucht genau einen</translation>
    </message>
    <message>
        <source>%1: indicator value is not 1/0, yes/no or true/false</source>
        <translation>%1: Indikatorwert ist nicht 1/0, yes/no oder true/false</translation>
    </message>
</context>
<context>
    <name>FileByteSource</name>
    <message>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation>Die Datei &apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a file.</source>
        <translation>&apos;%1&apos; ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import a car-sales CSV file into a workspace as a new dataset version.</source>
        <translation>Eine CSV-Datei mit Fahrzeugverkäufen als neue Datensatzversion in einen Arbeitsbereich importieren.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <source>Dataset name (default: the file&apos;s base name).</source>
        <translation>Datensatzname (Standard: der Dateiname ohne Endung).</translation>
    </message>
    <message>
        <source>Add the rows as a new version of the existing dataset NAME.</source>
        <translation>Die Zeilen als neue Version des vorhandenen Datensatzes NAME anhängen.</translation>
    </message>
    <message>
        <source>Column mapping saved as JSON (default: automatic).</source>
        <translation>Als JSON gespeicherte Spaltenzuordnung (Standard: automatisch).</translation>
    </message>
    <message>
        <source>Write the mapping used to this JSON file.</source>
        <translation>Die verwendete Zuordnung in diese JSON-Datei schreiben.</translation>
    </message>
    <message>
        <source>auto, &apos;,&apos;, &apos;;&apos;, tab or pipe (default auto).</source>
        <translation>auto, &apos;,&apos;, &apos;;&apos;, tab oder pipe (Standard: auto).</translation>
    </message>
    <message>
        <source>auto, utf-8, utf-16, windows-1252 or iso-8859-1 (default auto).</source>
        <translation>auto, utf-8, utf-16, windows-1252 oder iso-8859-1 (Standard: auto).</translation>
    </message>
    <message>
        <source>Decimal separator: auto, &apos;.&apos; or &apos;,&apos; (default auto).</source>
        <translation>Dezimaltrennzeichen: auto, &apos;.&apos; oder &apos;,&apos; (Standard: auto).</translation>
    </message>
    <message>
        <source>First row is a header: auto, yes or no (default auto).</source>
        <translation>Erste Zeile ist eine Kopfzeile: auto, yes oder no (Standard: auto).</translation>
    </message>
    <message>
        <source>Order of ambiguous slash dates: auto, dmy (DD/MM/YYYY) or mdy (MM/DD/YYYY).</source>
        <translation>Reihenfolge mehrdeutiger Datumsangaben mit Schrägstrich: auto, dmy (TT/MM/JJJJ) oder mdy (MM/TT/JJJJ).</translation>
    </message>
    <message>
        <source>Write the rejected rows to this CSV file.</source>
        <translation>Die abgelehnten Zeilen in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>--delimiter must be auto, &apos;,&apos;, &apos;;&apos;, tab or pipe, not &apos;%1&apos;</source>
        <translation>--delimiter muss auto, &apos;,&apos;, &apos;;&apos;, tab oder pipe sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8, utf-16, windows-1252 or iso-8859-1, not &apos;%1&apos;</source>
        <translation>--encoding muss auto, utf-8, utf-16, windows-1252 oder iso-8859-1 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--decimal must be auto, &apos;.&apos; or &apos;,&apos;, not &apos;%1&apos;</source>
        <translation>--decimal muss auto, &apos;.&apos; oder &apos;,&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--header must be auto, yes or no, not &apos;%1&apos;</source>
        <translation>--header muss auto, yes oder no sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--date-order must be auto, dmy or mdy, not &apos;%1&apos;</source>
        <translation>--date-order muss auto, dmy oder mdy sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected exactly one CSV file</source>
        <translation>genau eine CSV-Datei erwartet</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Imported %1 as %2: %3 rows read, %4 imported, %5 rejected (%6 s).</source>
        <translation>%1 als %2 importiert: %3 Zeilen gelesen, %4 importiert, %5 abgelehnt (%6 s).</translation>
    </message>
    <message>
        <source>  line %1%2: %3</source>
        <translation>  Zeile %1%2: %3</translation>
    </message>
    <message>
        <source>  … %1 more; see --json or --rejects-out.</source>
        <translation>  … %1 weitere; siehe --json oder --rejects-out.</translation>
    </message>
</context>
<context>
    <name>ImportEngine</name>
    <message>
        <source>The file has no columns.</source>
        <translation>Die Datei hat keine Spalten.</translation>
    </message>
    <message>
        <source>The chunk size must be at least one row.</source>
        <translation>Die Blockgröße muss mindestens eine Zeile betragen.</translation>
    </message>
    <message>
        <source>line number</source>
        <translation>Zeilennummer</translation>
    </message>
    <message>
        <source>a date reads both as day/month and as month/day, and the rest of its column does not say which</source>
        <translation>ein Datum lässt sich als Tag/Monat und als Monat/Tag lesen, und der Rest der Spalte entscheidet es nicht</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 Felder wie in der Kopfzeile erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>too many ambiguous dates to hold back</source>
        <translation>zu viele mehrdeutige Datumsangaben zum Zurückhalten</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This looks like a binary file, not CSV text (a NUL byte at offset %1).</source>
        <translation>Dies scheint eine Binärdatei zu sein, kein CSV-Text (ein NUL-Byte bei Offset %1).</translation>
    </message>
    <message>
        <source>The file holds no CSV records.</source>
        <translation>Die Datei enthält keine CSV-Einträge.</translation>
    </message>
    <message>
        <source>Set by you.</source>
        <translation>Von Ihnen festgelegt.</translation>
    </message>
    <message>
        <source>The delimiter &apos;%1&apos; is a guess (confidence %2 %); check the preview.</source>
        <translation>Das Trennzeichen &apos;%1&apos; ist geschätzt (Konfidenz %2 %); prüfen Sie die Vorschau.</translation>
    </message>
    <message>
        <source>The header repeats column names; repeats were renamed (%1).</source>
        <translation>Die Kopfzeile wiederholt Spaltennamen; Wiederholungen wurden umbenannt (%1).</translation>
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
        <translation>%1: die Datei hat keine Datenzeilen.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the mapping &apos;%1&apos;: %2</source>
        <translation>Die Zuordnung &apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show a workspace&apos;s schema version, creation and row counts.</source>
        <translation>Schemaversion, Erstellung und Zeilenzahlen eines Arbeitsbereichs anzeigen.</translation>
    </message>
    <message>
        <source>Workspace:      %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion:  %1</translation>
    </message>
    <message>
        <source>Created:        %1 by %2</source>
        <translation>Erstellt:       %1 von %2</translation>
    </message>
    <message>
        <source>File size:      %1 bytes</source>
        <translation>Dateigröße:     %1 Bytes</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>Zeilen je Tabelle:</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new, empty workspace file.</source>
        <translation>Eine neue, leere Arbeitsbereichsdatei anlegen.</translation>
    </message>
    <message>
        <source>Also import the bundled demo sales data as dataset &apos;demo-sales&apos;.</source>
        <translation>Außerdem die mitgelieferten Demo-Verkaufsdaten als Datensatz &apos;demo-sales&apos; importieren.</translation>
    </message>
    <message>
        <source>Importing the demo data</source>
        <translation>Demodaten werden importiert</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Created workspace %1 (schema %2).</source>
        <translation>Arbeitsbereich %1 angelegt (Schema %2).</translation>
    </message>
</context>
<context>
    <name>LearnerFactory</name>
    <message>
        <source>Boosting rounds (trees).</source>
        <translation>Boosting-Runden (Bäume).</translation>
    </message>
    <message>
        <source>Maximum depth of each tree.</source>
        <translation>Maximale Tiefe jedes Baums.</translation>
    </message>
    <message>
        <source>Learning rate: how much each tree contributes.</source>
        <translation>Lernrate: wie viel jeder Baum beiträgt.</translation>
    </message>
    <message>
        <source>Share of rows sampled for each tree.</source>
        <translation>Anteil der Zeilen, der für jeden Baum gezogen wird.</translation>
    </message>
    <message>
        <source>Share of features sampled for each tree.</source>
        <translation>Anteil der Merkmale, der für jeden Baum gezogen wird.</translation>
    </message>
    <message>
        <source>Minimum number of rows (hessian weight) in a leaf.</source>
        <translation>Mindestanzahl der Zeilen (Hesse-Gewicht) in einem Blatt.</translation>
    </message>
    <message>
        <source>L2 regularisation of leaf values.</source>
        <translation>L2-Regularisierung der Blattwerte.</translation>
    </message>
    <message>
        <source>L1 regularisation of leaf values.</source>
        <translation>L1-Regularisierung der Blattwerte.</translation>
    </message>
    <message>
        <source>Histogram bins per numeric feature.</source>
        <translation>Histogrammklassen je numerischem Merkmal.</translation>
    </message>
    <message>
        <source>Categories up to this count are split one against the rest.</source>
        <translation>Kategorien bis zu dieser Anzahl werden einzeln gegen den Rest aufgeteilt.</translation>
    </message>
    <message>
        <source>Stop after this many rounds without validation improvement (0 = off).</source>
        <translation>Nach so vielen Runden ohne Verbesserung bei der Validierung anhalten (0 = aus).</translation>
    </message>
    <message>
        <source>Ridge penalty on the standardised coefficients.</source>
        <translation>Ridge-Strafterm auf die standardisierten Koeffizienten.</translation>
    </message>
    <message>
        <source>Width of the age bands in years.</source>
        <translation>Breite der Altersklassen in Jahren.</translation>
    </message>
    <message>
        <source>Fewest rows a group needs before its median is used.</source>
        <translation>Mindestanzahl an Zeilen, die eine Gruppe braucht, bevor ihr Median verwendet wird.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>%1 muss eine Zahl von %2 bis %3 sein, nicht &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>Unknown learner &apos;%1&apos;. Choose one of: %2.</source>
        <translation>Unbekanntes Lernverfahren &apos;%1&apos;. Wählen Sie eines von: %2.</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;. Choose one of: %2.</source>
        <translation>Unbekannte Voreinstellung &apos;%1&apos;. Wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <source>Unknown parameter &apos;%1&apos; for the %2 learner. Known parameters: %3.</source>
        <translation>Unbekannter Parameter &apos;%1&apos; für das Lernverfahren %2. Bekannte Parameter: %3.</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>Charts can be saved as .png, .svg or .pdf, not &apos;%1&apos;.</source>
        <translation>Diagramme können als .png, .svg oder .pdf gespeichert werden, nicht als „%1“.</translation>
    </message>
    <message>
        <source>Could not write the chart to &apos;%1&apos;.</source>
        <translation>Das Diagramm konnte nicht nach „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PredictCommand</name>
    <message>
        <source>Score a CSV of cars with a stored model and write the predicted prices.</source>
        <translation>Eine CSV-Datei mit Fahrzeugen mit einem gespeicherten Modell bewerten und die vorhergesagten Preise schreiben.</translation>
    </message>
    <message>
        <source>Model id (= run id).</source>
        <translation>Modell-ID (= Lauf-ID).</translation>
    </message>
    <message>
        <source>CSV to score (any dialect the import reads).</source>
        <translation>Zu bewertende CSV-Datei (jeder Dialekt, den der Import liest).</translation>
    </message>
    <message>
        <source>Where to write the scored CSV.</source>
        <translation>Wohin die bewertete CSV-Datei geschrieben wird.</translation>
    </message>
    <message>
        <source>Sale date assumed for rows without one (YYYY-MM-DD; default today).</source>
        <translation>Verkaufsdatum für Zeilen ohne eigenes Verkaufsdatum (YYYY-MM-DD; Standard: heute).</translation>
    </message>
    <message>
        <source>Write licence plates unmasked (personal data).</source>
        <translation>Kennzeichen unmaskiert schreiben (personenbezogene Daten).</translation>
    </message>
    <message>
        <source>--model needs a model id (a number), not &apos;%1&apos;</source>
        <translation>--model erfordert eine Modell-ID (eine Zahl), nicht „%1“</translation>
    </message>
    <message>
        <source>--valuation-date must be a date like 2025-06-30, not &apos;%1&apos;</source>
        <translation>--valuation-date muss ein Datum wie 2025-06-30 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Scoring %1</source>
        <translation>Bewerte %1</translation>
    </message>
    <message>
        <source>Scored %1 of %2 rows with model %3 into %4 (%5 s).</source>
        <translation>%1 von %2 Zeilen mit Modell %3 bewertet und nach %4 geschrieben (%5 s).</translation>
    </message>
    <message>
        <source>  line %1: not scored: %2</source>
        <translation>  Dateizeile %1: nicht bewertet: %2</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lese %1</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>  ... and %1 more (see --json).</source>
        <translation>  ... und %1 weitere (siehe --json).</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n row(s) with a category the model never saw (scored as missing)</source>
        <translation>
            <numerusform>  %1: %n Zeile mit einer Kategorie, die das Modell nie gesehen hat (als fehlend bewertet)</numerusform>
            <numerusform>  %1: %n Zeilen mit einer Kategorie, die das Modell nie gesehen hat (als fehlend bewertet)</numerusform>
        </translation>
    </message>
    <message>
        <source>  missing columns (scored as missing): %1</source>
        <translation>  fehlende Spalten (als fehlend bewertet): %1</translation>
    </message>
</context>
<context>
    <name>PredictionService</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Run %1 has no stored model to predict with.</source>
        <translation>Lauf %1 hat kein gespeichertes Modell für Vorhersagen.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Profile a dataset version, run the quality checks and the data contract, and store the gate.</source>
        <translation>Eine Datensatzversion profilieren, die Qualitätsprüfungen und den Datenvertrag ausführen und das Gate speichern.</translation>
    </message>
    <message>
        <source>Dataset version: NAME, NAME@VERSION or NAME@latest.</source>
        <translation>Datensatzversion: NAME, NAME@VERSION oder NAME@latest.</translation>
    </message>
    <message>
        <source>Data contract (ODCS v3 YAML); default: the shipped contract.</source>
        <translation>Datenvertrag (ODCS-v3-YAML); Standard: der mitgelieferte Vertrag.</translation>
    </message>
    <message>
        <source>&apos;Today&apos; for freshness and stale-data rules (YYYY-MM-DD); default: the current date.</source>
        <translation>„Heute“ für Aktualitäts- und Veraltungsregeln (YYYY-MM-DD); Standard: das aktuelle Datum.</translation>
    </message>
    <message>
        <source>Exit with 1 when the quality gate fails.</source>
        <translation>Mit 1 beenden, wenn das Qualitäts-Gate scheitert.</translation>
    </message>
    <message>
        <source>--reference-date must be a date like 2025-06-30, not &apos;%1&apos;</source>
        <translation>--reference-date muss ein Datum wie 2025-06-30 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Profiling %1</source>
        <translation>Profiliere %1</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 columns. Quality gate: %4 (checks %5, contract %6).</source>
        <translation>%1: %2 Zeilen, %3 Spalten. Qualitäts-Gate: %4 (Prüfungen %5, Vertrag %6).</translation>
    </message>
    <message>
        <source>Also write the report with its charts to this file: .html (self-contained) or .pdf (A4).</source>
        <translation>Den Bericht mit seinen Diagrammen zusätzlich in diese Datei schreiben: .html (eigenständig) oder .pdf (A4).</translation>
    </message>
    <message>
        <source>--report must name a .html or .pdf file, not &apos;%1&apos;</source>
        <translation>--report muss eine .html- oder .pdf-Datei nennen, nicht „%1“</translation>
    </message>
    <message>
        <source>Writing a report needs the widgets module.</source>
        <translation>Zum Schreiben eines Berichts wird das Widgets-Modul benötigt.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>ProposalText</name>
    <message>
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>decimal</source>
        <translation>Dezimalzahl</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>day/month order undecided</source>
        <translation>Tag/Monat-Reihenfolge offen</translation>
    </message>
    <message>
        <source>text (yes/no)</source>
        <translation>Text (ja/nein)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>Einheit %1</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>UTF-16 little endian</source>
        <translation>UTF-16 Little Endian</translation>
    </message>
    <message>
        <source>UTF-16 big endian</source>
        <translation>UTF-16 Big Endian</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Westeuropa)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>pipe |</source>
        <translation>senkrechter Strich |</translation>
    </message>
    <message>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
</context>
<context>
    <name>QualityCharts</name>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (items per row)</source>
        <translation>%1 (Einträge je Zeile)</translation>
    </message>
    <message>
        <source>Rows (count)</source>
        <translation>Zeilen (Anzahl)</translation>
    </message>
    <message>
        <source>Most frequent values of %1</source>
        <translation>Häufigste Werte von %1</translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation>Verteilung von %1</translation>
    </message>
    <message>
        <source>%1 has no values to chart.</source>
        <translation>%1 hat keine Werte für ein Diagramm.</translation>
    </message>
    <message>
        <source>Missing values per column</source>
        <translation>Fehlende Werte je Spalte</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Missing (% of rows)</source>
        <translation>Fehlend (% der Zeilen)</translation>
    </message>
    <message>
        <source>The report has no columns.</source>
        <translation>Der Bericht hat keine Spalten.</translation>
    </message>
    <message>
        <source>Population Stability Index per feature</source>
        <translation>Population Stability Index je Merkmal</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>PSI (index, 0 = no drift)</source>
        <translation>PSI (Index, 0 = keine Drift)</translation>
    </message>
    <message>
        <source>OK (PSI ≤ %1)</source>
        <translation>OK (PSI ≤ %1)</translation>
    </message>
    <message>
        <source>Warn (PSI &gt; %1)</source>
        <translation>Warnung (PSI &gt; %1)</translation>
    </message>
    <message>
        <source>Alert (PSI &gt; %1)</source>
        <translation>Alarm (PSI &gt; %1)</translation>
    </message>
    <message>
        <source>warn %1</source>
        <translation>Warnung %1</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>Alarm %1</translation>
    </message>
    <message>
        <source>No features were compared.</source>
        <translation>Es wurden keine Merkmale verglichen.</translation>
    </message>
    <message>
        <source>%1 bins (reference quantiles)</source>
        <translation>%1 Klassen (Referenzquantile)</translation>
    </message>
    <message>
        <source>%1 categories</source>
        <translation>%1 Kategorien</translation>
    </message>
    <message>
        <source>Reference vs current: %1 (PSI %2)</source>
        <translation>Referenz vs. aktuell: %1 (PSI %2)</translation>
    </message>
    <message>
        <source>Share of rows (%)</source>
        <translation>Anteil der Zeilen (%)</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Referenz %1</translation>
    </message>
    <message>
        <source>Current %1</source>
        <translation>Aktuell %1</translation>
    </message>
    <message>
        <source>%1 has no bins.</source>
        <translation>%1 hat keine Klassen.</translation>
    </message>
    <message numerus="yes">
        <source>central 99 %: %n row(s) below and %1 above the axis not shown</source>
        <translation>
            <numerusform>mittlere 99 %: %n Zeile unterhalb und %1 oberhalb der Achse nicht angezeigt</numerusform>
            <numerusform>mittlere 99 %: %n Zeilen unterhalb und %1 oberhalb der Achse nicht angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityChecks</name>
    <message>
        <source>Completeness of %1</source>
        <translation>Vollständigkeit von %1</translation>
    </message>
    <message>
        <source>The required field %1 has no column.</source>
        <translation>Das Pflichtfeld %1 hat keine Spalte.</translation>
    </message>
    <message>
        <source>%1 is missing in %2 of %3 rows (null, empty or a placeholder such as &quot;n/a&quot;).</source>
        <translation>%1 fehlt in %2 von %3 Zeilen (null, leer oder ein Platzhalter wie „n/a“).</translation>
    </message>
    <message>
        <source>Exact duplicate rows</source>
        <translation>Exakt doppelte Zeilen</translation>
    </message>
    <message>
        <source>%1 rows repeat an earlier row in every data column (%2 distinct rows have copies); the first copy is kept and not counted.</source>
        <translation>%1 Zeilen wiederholen eine frühere Zeile in jeder Datenspalte (%2 verschiedene Zeilen haben Kopien); die erste Kopie wird behalten und nicht gezählt.</translation>
    </message>
    <message>
        <source>Same car sold twice on one day</source>
        <translation>Dasselbe Fahrzeug zweimal an einem Tag verkauft</translation>
    </message>
    <message>
        <source>%1 rows repeat the plate and sale date of an earlier row (rows without a plate or sale date are not compared).</source>
        <translation>%1 Zeilen wiederholen Kennzeichen und Verkaufsdatum einer früheren Zeile (Zeilen ohne Kennzeichen oder Verkaufsdatum werden nicht verglichen).</translation>
    </message>
    <message>
        <source>Impossible %1</source>
        <translation>Unmögliche Werte in %1</translation>
    </message>
    <message>
        <source>%1 rows have a model year before %2 or more than %3 year(s) after the sale.</source>
        <translation>%1 Zeilen haben ein Modelljahr vor %2 oder mehr als %3 Jahr(e) nach dem Verkauf.</translation>
    </message>
    <message>
        <source>%1 rows have a negative mileage or one above %2 km.</source>
        <translation>%1 Zeilen haben einen negativen Kilometerstand oder einen über %2 km.</translation>
    </message>
    <message>
        <source>%1 rows have a sale price of zero or less.</source>
        <translation>%1 Zeilen haben einen Verkaufspreis von null oder weniger.</translation>
    </message>
    <message>
        <source>%1 rows have a power of 0 kW or less, or above %2 kW.</source>
        <translation>%1 Zeilen haben eine Leistung von 0 kW oder weniger oder über %2 kW.</translation>
    </message>
    <message>
        <source>%1 rows have a sale date before %2 or after %3.</source>
        <translation>%1 Zeilen haben ein Verkaufsdatum vor %2 oder nach %3.</translation>
    </message>
    <message>
        <source>(no upper bound)</source>
        <translation>(keine Obergrenze)</translation>
    </message>
    <message>
        <source>Mileage implausible for the car&apos;s age</source>
        <translation>Kilometerstand für das Fahrzeugalter unplausibel</translation>
    </message>
    <message>
        <source>%1 rows have more than %2 km per year of age (age = sale year - model year, at least 1).</source>
        <translation>%1 Zeilen haben mehr als %2 km pro Altersjahr (Alter = Verkaufsjahr - Modelljahr, mindestens 1).</translation>
    </message>
    <message>
        <source>Price outliers</source>
        <translation>Preisausreißer</translation>
    </message>
    <message>
        <source>%1 of %2 prices are more than %3 robust standard deviations (median absolute deviation of log price) from comparable cars (brand, model, age band; small groups fall back to brand and age, brand, all cars).</source>
        <translation>%1 von %2 Preisen liegen mehr als %3 robuste Standardabweichungen (mediane absolute Abweichung des Log-Preises) von vergleichbaren Fahrzeugen entfernt (Marke, Modell, Altersklasse; kleine Gruppen weichen auf Marke und Alter, Marke, alle Fahrzeuge aus).</translation>
    </message>
    <message>
        <source>Brand spelling variants</source>
        <translation>Schreibvarianten der Marke</translation>
    </message>
    <message>
        <source>%1 rows write the brand differently from its canonical spelling (%2 variant spellings).</source>
        <translation>%1 Zeilen schreiben die Marke anders als in ihrer kanonischen Schreibweise (%2 Schreibvarianten).</translation>
    </message>
    <message>
        <source>Model spelling variants</source>
        <translation>Schreibvarianten des Modells</translation>
    </message>
    <message>
        <source>%1 rows write the model differently from its canonical spelling within the brand (%2 variant spellings; trim text after a comma or quote counts as a variant).</source>
        <translation>%1 Zeilen schreiben das Modell innerhalb der Marke anders als in seiner kanonischen Schreibweise (%2 Schreibvarianten; Ausstattungstext nach einem Komma oder Anführungszeichen zählt als Variante).</translation>
    </message>
    <message>
        <source>Unknown equipment items</source>
        <translation>Unbekannte Ausstattungsmerkmale</translation>
    </message>
    <message>
        <source>Rare equipment items</source>
        <translation>Seltene Ausstattungsmerkmale</translation>
    </message>
    <message>
        <source>%1 rows list equipment outside the known vocabulary (%2 distinct unknown items).</source>
        <translation>%1 Zeilen nennen Ausstattung außerhalb des bekannten Vokabulars (%2 verschiedene unbekannte Merkmale).</translation>
    </message>
    <message>
        <source>%1 rows list an equipment item that at most %2 rows use (%3 such items).</source>
        <translation>%1 Zeilen nennen ein Ausstattungsmerkmal, das höchstens %2 Zeilen verwenden (%3 solche Merkmale).</translation>
    </message>
    <message>
        <source>Stale data</source>
        <translation>Veraltete Daten</translation>
    </message>
    <message>
        <source>No row has a sale date.</source>
        <translation>Keine Zeile hat ein Verkaufsdatum.</translation>
    </message>
    <message>
        <source>The newest sale (%1) is %2 days old, more than %3 days: prices may have moved since.</source>
        <translation>Der neueste Verkauf (%1) ist %2 Tage alt, mehr als %3 Tage: die Preise können sich seitdem verändert haben.</translation>
    </message>
    <message>
        <source>The newest sale (%1) is %2 days old.</source>
        <translation>Der neueste Verkauf (%1) ist %2 Tage alt.</translation>
    </message>
    <message>
        <source>Whitespace in text</source>
        <translation>Leerraum in Text</translation>
    </message>
    <message>
        <source>%1 rows have text with leading, trailing or repeated spaces.</source>
        <translation>%1 Zeilen haben Text mit führenden, nachgestellten oder wiederholten Leerzeichen.</translation>
    </message>
</context>
<context>
    <name>QualityReportDocument</name>
    <message>
        <source>Cannot write the report to &apos;%1&apos;: %2</source>
        <translation>Der Bericht kann nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Data quality report: %1@%2</source>
        <translation>Datenqualitätsbericht: %1@%2</translation>
    </message>
    <message>
        <source>Cannot write the report to &apos;%1&apos;.</source>
        <translation>Der Bericht kann nicht nach „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <source>A report is written as .html or .pdf; &apos;%1&apos; has neither extension.</source>
        <translation>Ein Bericht wird als .html oder .pdf geschrieben; „%1“ hat keine dieser Endungen.</translation>
    </message>
</context>
<context>
    <name>QualityReportHtml</name>
    <message>
        <source>Data quality report: %1</source>
        <translation>Datenqualitätsbericht: %1</translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation>Gate: %1</translation>
    </message>
    <message>
        <source>the worse of the quality checks and the data contract</source>
        <translation>das schlechtere Ergebnis aus Qualitätsprüfungen und Datenvertrag</translation>
    </message>
    <message>
        <source>The quality gate failed: training on this version needs an explicit override with a reason, recorded in the audit log.</source>
        <translation>Das Qualitäts-Gate ist gescheitert: das Training mit dieser Version erfordert ein ausdrückliches Übergehen mit Begründung, das im Audit-Protokoll festgehalten wird.</translation>
    </message>
    <message>
        <source>Dataset version</source>
        <translation>Datensatzversion</translation>
    </message>
    <message>
        <source>Rows, columns</source>
        <translation>Zeilen, Spalten</translation>
    </message>
    <message>
        <source>%1 rows, %2 columns</source>
        <translation>%1 Zeilen, %2 Spalten</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>%1 by %2 (reference date %3)</source>
        <translation>%1 von %2 (Referenzdatum %3)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Newest sale</source>
        <translation>Neuester Verkauf</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) before the reference date)</source>
        <translation>
            <numerusform>%1 (%n Tag vor dem Referenzdatum)</numerusform>
            <numerusform>%1 (%n Tage vor dem Referenzdatum)</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Data contract</source>
        <translation>Datenvertrag</translation>
    </message>
    <message>
        <source>“%1” version %2 (%3)</source>
        <translation>„%1“ Version %2 (%3)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>%1 fail, %2 warn, %3 pass</source>
        <translation>%1 nicht bestanden, %2 mit Warnung, %3 bestanden</translation>
    </message>
    <message>
        <source>Contract rules</source>
        <translation>Vertragsregeln</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>%1 exact duplicate rows, %2 repeated (plate, sale date) pairs</source>
        <translation>%1 exakt doppelte Zeilen, %2 wiederholte Paare (Kennzeichen, Verkaufsdatum)</translation>
    </message>
    <message>
        <source>Quality checks and contract rules</source>
        <translation>Qualitätsprüfungen und Vertragsregeln</translation>
    </message>
    <message>
        <source>Worst first. Rows: offending rows; share: of the rows each check or rule looked at.</source>
        <translation>Schlimmste zuerst. Zeilen: betroffene Zeilen; Anteil: an den Zeilen, die die jeweilige Prüfung oder Regel betrachtet hat.</translation>
    </message>
    <message>
        <source>Column profiles</source>
        <translation>Spaltenprofile</translation>
    </message>
    <message>
        <source>Drift: %1 against %2</source>
        <translation>Drift: %1 gegenüber %2</translation>
    </message>
    <message>
        <source>Overall: %1. Numeric features binned on %2 reference quantiles; PSI floor %3; warn above PSI %4, alert above %5. Status by PSI only; KS D is an effect size.</source>
        <translation>Gesamt: %1. Numerische Merkmale nach %2 Referenzquantilen in Klassen eingeteilt; PSI-Untergrenze %3; Warnung über PSI %4, Alarm über %5. Status nur nach PSI; KS D ist eine Effektgröße.</translation>
    </message>
    <message>
        <source>Data quality report: %1@%2</source>
        <translation>Datenqualitätsbericht: %1@%2</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Fehlende Werte</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Verteilungen</translation>
    </message>
    <message>
        <source>Generated by Car Valuator.</source>
        <translation>Erstellt mit Car Valuator.</translation>
    </message>
</context>
<context>
    <name>QualityService</name>
    <message>
        <source>Cannot read the data contract &apos;%1&apos;: %2</source>
        <translation>Der Datenvertrag „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The cleaning plan has no steps: nothing to do.</source>
        <translation>Der Bereinigungsplan hat keine Schritte: nichts zu tun.</translation>
    </message>
    <message>
        <source>Overriding a failed quality gate needs a reason.</source>
        <translation>Das Übergehen eines gescheiterten Qualitäts-Gates braucht eine Begründung.</translation>
    </message>
</context>
<context>
    <name>QualityStore</name>
    <message>
        <source>This dataset version has no quality report yet: profile it first.</source>
        <translation>Diese Datensatzversion hat noch keinen Qualitätsbericht: profilieren Sie sie zuerst.</translation>
    </message>
</context>
<context>
    <name>RidgeLearner</name>
    <message>
        <source>Training needs at least two rows, each with a finite target.</source>
        <translation>Das Training braucht mindestens zwei Zeilen mit jeweils einem endlichen Zielwert.</translation>
    </message>
    <message>
        <source>The linear model could not be solved; try a larger lambda.</source>
        <translation>Das lineare Modell konnte nicht gelöst werden; versuchen Sie ein größeres lambda.</translation>
    </message>
</context>
<context>
    <name>RidgeModel</name>
    <message>
        <source>The data&apos;s features do not match the model&apos;s features.</source>
        <translation>Die Merkmale der Daten passen nicht zu den Merkmalen des Modells.</translation>
    </message>
    <message>
        <source>The linear model is damaged or not a linear model.</source>
        <translation>Das lineare Modell ist beschädigt oder kein lineares Modell.</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>There is no training run %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Trainingslauf %1.</translation>
    </message>
    <message>
        <source>There is no model %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es kein Modell %1.</translation>
    </message>
    <message>
        <source>Model %1 is damaged: its bytes do not match the stored hash.</source>
        <translation>Modell %1 ist beschädigt: seine Bytes stimmen nicht mit der gespeicherten Prüfsumme überein.</translation>
    </message>
    <message>
        <source>A run needs a name.</source>
        <translation>Ein Lauf braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>RunsCommand</name>
    <message>
        <source>List training runs, or show, rename, tag or delete one.</source>
        <translation>Trainingsläufe auflisten oder einen anzeigen, umbenennen, verschlagworten oder löschen.</translation>
    </message>
    <message>
        <source>What to do (default list):
list: all runs, newest first
show ID: one run in detail
rename ID NAME: give a run a new name
tag ID TAG...: replace its tags (none clears them)
delete ID: delete a run and its model
rename, tag and delete go to the audit log.</source>
        <translation>Aktion (Standard list):
list: alle Läufe, neueste zuerst
show ID: ein Lauf im Detail
rename ID NAME: einen Lauf umbenennen
tag ID TAG...: seine Schlagwörter ersetzen (ohne Angabe werden sie gelöscht)
delete ID: einen Lauf und sein Modell löschen
rename, tag und delete werden im Audit-Protokoll vermerkt.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: expected list, show, rename, tag or delete</source>
        <translation>unbekannte Aktion &apos;%1&apos;: erwartet list, show, rename, tag oder delete</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list erwartet keine Argumente</translation>
    </message>
    <message>
        <source>%1 needs a run id (a number)</source>
        <translation>%1 braucht eine Lauf-ID (eine Zahl)</translation>
    </message>
    <message>
        <source>expected show ID, rename ID NAME, tag ID TAG... or delete ID</source>
        <translation>erwartet show ID, rename ID NAME, tag ID TAG... oder delete ID</translation>
    </message>
    <message>
        <source>Deleted run %1 and its model.</source>
        <translation>Lauf %1 und sein Modell gelöscht.</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>  learner: %1, dataset: %2 (sha256 %3), quality gate: %4</source>
        <translation>  Lernverfahren: %1, Datensatz: %2 (sha256 %3), Qualitäts-Gate: %4</translation>
    </message>
    <message>
        <source>  gate override: %1</source>
        <translation>  Gate-Übersteuerung: %1</translation>
    </message>
    <message>
        <source>  tags: %1</source>
        <translation>  Schlagwörter: %1</translation>
    </message>
    <message>
        <source>  trained by %1 at %2 in %3 s</source>
        <translation>  trainiert von %1 am %2 in %3 s</translation>
    </message>
</context>
<context>
    <name>Splitter</name>
    <message>
        <source>A time split needs the sale_date column.</source>
        <translation>Eine zeitliche Aufteilung braucht die Spalte sale_date.</translation>
    </message>
    <message>
        <source>A time split needs at least two rows with a sale date.</source>
        <translation>Eine zeitliche Aufteilung braucht mindestens zwei Zeilen mit Verkaufsdatum.</translation>
    </message>
    <message>
        <source>There are fewer rows than folds.</source>
        <translation>Es gibt weniger Zeilen als Folds.</translation>
    </message>
    <message>
        <source>A split grouped by car needs the plate column.</source>
        <translation>Eine nach Fahrzeug gruppierte Aufteilung braucht die Spalte plate.</translation>
    </message>
    <message>
        <source>There are fewer distinct cars than folds.</source>
        <translation>Es gibt weniger verschiedene Fahrzeuge als Folds.</translation>
    </message>
    <message>
        <source>Unknown split kind.</source>
        <translation>Unbekannte Art der Aufteilung.</translation>
    </message>
    <message>
        <source>The split seed is not a whole number.</source>
        <translation>Der Zufallsstartwert der Aufteilung ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>The number of folds must be from 2 to 20, not %1.</source>
        <translation>Die Anzahl der Folds muss zwischen 2 und 20 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>The test share of a time split must be above 0 and at most 0.5, not %1.</source>
        <translation>Der Testanteil einer zeitlichen Aufteilung muss größer als 0 und höchstens 0,5 sein, nicht %1.</translation>
    </message>
    <message>
        <source>A row to split is out of range.</source>
        <translation>Eine aufzuteilende Zeile liegt außerhalb des gültigen Bereichs.</translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message>
        <source>Train and validate a model on a dataset version and store the run.</source>
        <translation>Ein Modell auf einer Datensatzversion trainieren und validieren und den Lauf speichern.</translation>
    </message>
    <message>
        <source>Dataset version (NAME[@V]).</source>
        <translation>Datensatzversion (NAME[@V]).</translation>
    </message>
    <message>
        <source>xgboost, linear or baseline (default xgboost).</source>
        <translation>xgboost, linear oder baseline (Standard: xgboost).</translation>
    </message>
    <message>
        <source>fast, balanced or accurate (default balanced).</source>
        <translation>fast, balanced oder accurate (Standard: balanced).</translation>
    </message>
    <message>
        <source>Validation: time (default), kfold or group (by plate).</source>
        <translation>Validierung: time (Standard), kfold oder group (nach Kennzeichen).</translation>
    </message>
    <message>
        <source>Folds for kfold/group (default 5).</source>
        <translation>Folds für kfold/group (Standard 5).</translation>
    </message>
    <message>
        <source>Random seed (default 42).</source>
        <translation>Zufallsstartwert (Standard 42).</translation>
    </message>
    <message>
        <source>Threads (default 2).</source>
        <translation>Threads (Standard 2).</translation>
    </message>
    <message>
        <source>Learner parameter, repeatable: --set max_depth=6.</source>
        <translation>Parameter des Lernverfahrens, wiederholbar: --set max_depth=6.</translation>
    </message>
    <message>
        <source>Run name.</source>
        <translation>Name des Laufs.</translation>
    </message>
    <message>
        <source>Tag, repeatable.</source>
        <translation>Tag, wiederholbar.</translation>
    </message>
    <message>
        <source>Train although the quality gate failed; the reason goes to the audit log.</source>
        <translation>Trainieren, obwohl das Qualitäts-Gate gescheitert ist; die Begründung wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--set erfordert KEY=VALUE, nicht „%1“</translation>
    </message>
    <message>
        <source>--split must be time, kfold or group</source>
        <translation>--split muss time, kfold oder group sein</translation>
    </message>
    <message>
        <source>--folds must be a number from 2 to 20</source>
        <translation>--folds muss eine Zahl von 2 bis 20 sein</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <source>--threads must be a number from 1 to 256</source>
        <translation>--threads muss eine Zahl von 1 bis 256 sein</translation>
    </message>
    <message>
        <source>Training %1 on %2</source>
        <translation>Trainiere %1 auf %2</translation>
    </message>
    <message>
        <source>Run %1 (%2): %3 on %4, %5 s</source>
        <translation>Lauf %1 (%2): %3 auf %4, %5 s</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>The model returned a wrong number of predictions.</source>
        <translation>Das Modell hat eine falsche Anzahl von Vorhersagen geliefert.</translation>
    </message>
    <message>
        <source>The data has no numeric sale_price column to learn from.</source>
        <translation>Die Daten haben keine numerische Spalte sale_price, aus der gelernt werden kann.</translation>
    </message>
    <message>
        <source>There are too few rows with a price to train on.</source>
        <translation>Es gibt zu wenige Zeilen mit Preis für ein Training.</translation>
    </message>
    <message>
        <source>The thread count of the training settings is out of range.</source>
        <translation>Die Thread-Anzahl in den Trainingseinstellungen liegt außerhalb des gültigen Bereichs.</translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <source>The quality gate of %1 failed. Clean the data, or train anyway with a reason for the override (it is written to the audit log).</source>
        <translation>Das Qualitäts-Gate von %1 ist gescheitert. Bereinigen Sie die Daten oder trainieren Sie trotzdem mit einer Begründung für das Übergehen (sie wird ins Audit-Protokoll geschrieben).</translation>
    </message>
    <message>
        <source>There is no model %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es kein Modell %1.</translation>
    </message>
</context>
<context>
    <name>Waterfall</name>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>Base value</source>
        <translation>Basiswert</translation>
    </message>
    <message numerus="yes">
        <source>%n other feature(s)</source>
        <translation>
            <numerusform>%n weiteres Merkmal</numerusform>
            <numerusform>%n weitere Merkmale</numerusform>
        </translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>&apos;%1&apos; is not a Car Valuator workspace.</source>
        <translation>&apos;%1&apos; ist kein Car-Valuator-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer Car Valuator (schema %2); this version reads up to schema %3.</source>
        <translation>&apos;%1&apos; wurde von einer neueren Version von Car Valuator geschrieben (Schema %2); diese Version liest bis Schema %3.</translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; does not exist.</source>
        <translation>Der Arbeitsbereich &apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could not be read: %2</source>
        <translation>&apos;%1&apos; konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read-only: Car Valuator needs write access to open a workspace.</source>
        <translation>&apos;%1&apos; ist schreibgeschützt: Car Valuator braucht Schreibzugriff, um einen Arbeitsbereich zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot create the workspace: no user name is set.</source>
        <translation>Der Arbeitsbereich kann nicht angelegt werden: es ist kein Benutzername festgelegt.</translation>
    </message>
    <message>
        <source>Cannot create the workspace: &apos;%1&apos; already exists.</source>
        <translation>Der Arbeitsbereich kann nicht angelegt werden: &apos;%1&apos; existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot create the workspace &apos;%1&apos;: %2</source>
        <translation>Der Arbeitsbereich &apos;%1&apos; kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceSchema</name>
    <message>
        <source>Internal error: the workspace schema history is invalid.</source>
        <translation>Interner Fehler: der Schemaverlauf des Arbeitsbereichs ist ungültig.</translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema %1 failed: %2</source>
        <translation>Die Aktualisierung des Arbeitsbereichs auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>XgbError</name>
    <message>
        <source>The feature matrix is empty or inconsistent.</source>
        <translation>Die Merkmalsmatrix ist leer oder inkonsistent.</translation>
    </message>
    <message>
        <source>The number of targets does not match the rows.</source>
        <translation>Die Anzahl der Zielwerte passt nicht zu den Zeilen.</translation>
    </message>
    <message>
        <source>The XGBoost library reported an error: %1</source>
        <translation>Die XGBoost-Bibliothek hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The XGBoost model is damaged or incomplete.</source>
        <translation>Das XGBoost-Modell ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>XGBoost returned predictions of an unexpected shape.</source>
        <translation>XGBoost hat Vorhersagen in unerwarteter Form geliefert.</translation>
    </message>
</context>
<context>
    <name>XgbForest</name>
    <message>
        <source>The XGBoost model&apos;s trees are inconsistent.</source>
        <translation>Die Bäume des XGBoost-Modells sind widersprüchlich.</translation>
    </message>
    <message>
        <source>The XGBoost model is not valid JSON.</source>
        <translation>Das XGBoost-Modell ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>This XGBoost model cannot be compiled for fast prediction.</source>
        <translation>Dieses XGBoost-Modell kann nicht für die schnelle Vorhersage übersetzt werden.</translation>
    </message>
    <message>
        <source>The XGBoost model has no base score.</source>
        <translation>Das XGBoost-Modell hat keinen Basiswert (base_score).</translation>
    </message>
    <message>
        <source>The XGBoost model has no features.</source>
        <translation>Das XGBoost-Modell hat keine Merkmale.</translation>
    </message>
</context>
<context>
    <name>XgbLearner</name>
    <message>
        <source>Training needs at least two rows, each with a finite target.</source>
        <translation>Das Training braucht mindestens zwei Zeilen mit jeweils einem endlichen Zielwert.</translation>
    </message>
    <message>
        <source>The validation data must have the training features and a finite target per row.</source>
        <translation>Die Validierungsdaten müssen die Trainingsmerkmale und je Zeile einen endlichen Zielwert haben.</translation>
    </message>
</context>
<context>
    <name>XgbModel</name>
    <message>
        <source>The XGBoost model has no trees or no feature names.</source>
        <translation>Das XGBoost-Modell hat keine Bäume oder keine Merkmalsnamen.</translation>
    </message>
    <message>
        <source>The data&apos;s features do not match the model&apos;s features.</source>
        <translation>Die Merkmale der Daten passen nicht zu den Merkmalen des Modells.</translation>
    </message>
    <message>
        <source>XGBoost returned contributions of an unexpected shape.</source>
        <translation>XGBoost hat Beiträge in unerwarteter Form geliefert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Car Valuator workbench</source>
        <translation>Car Valuator – Workbench</translation>
    </message>
    <message>
        <source>User interface language (en, de, sv).</source>
        <translation>Sprache der Benutzeroberfläche (en, de, sv).</translation>
    </message>
    <message>
        <source>Log debug messages.</source>
        <translation>Debug-Meldungen protokollieren.</translation>
    </message>
    <message>
        <source>Workspace file to open (default: your default workspace).</source>
        <translation>Zu öffnende Arbeitsbereichsdatei (Standard: Ihr Standard-Arbeitsbereich).</translation>
    </message>
</context>
<context>
    <name>valuator::AboutDialog</name>
    <message>
        <source>About Car Valuator</source>
        <translation>Über Car Valuator</translation>
    </message>
    <message>
        <source>A workbench for used-car valuation: import sales histories, check their quality, train and compare models, and explain every price.</source>
        <translation>Eine Workbench für die Gebrauchtwagenbewertung: Verkaufshistorien importieren, ihre Qualität prüfen, Modelle trainieren und vergleichen und jeden Preis erklären.</translation>
    </message>
    <message>
        <source>Running with:</source>
        <translation>Läuft mit:</translation>
    </message>
</context>
<context>
    <name>valuator::AuditLogModel</name>
    <message>
        <source>Hash: %1</source>
        <translation>Prüfsumme: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>valuator::CarTab</name>
    <message>
        <source>A car of the explained sample (cars are named by their features, never their plate).</source>
        <translation>Ein Fahrzeug aus der erklärten Stichprobe (Fahrzeuge werden nach ihren Merkmalen benannt, nie nach dem Kennzeichen).</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Dealer line</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Car values</source>
        <translation>Werte des Fahrzeugs</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Choose a model to explain.</source>
        <translation>Wählen Sie ein Modell zum Erklären.</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>Was wäre, wenn…</translation>
    </message>
    <message>
        <source>Model &amp;year:</source>
        <translation>Modell&amp;jahr:</translation>
    </message>
    <message>
        <source>Equipment:</source>
        <translation>Ausstattung:</translation>
    </message>
    <message>
        <source>No car was explained.</source>
        <translation>Es wurde kein Fahrzeug erklärt.</translation>
    </message>
    <message>
        <source>Price: %1
(base value %2)</source>
        <translation>Preis: %1
(Basiswert %2)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Reset &amp;what-if</source>
        <translation>&amp;Was-wäre-wenn zurücksetzen</translation>
    </message>
    <message>
        <source>Mi&amp;leage:</source>
        <translation>&amp;Kilometerstand:</translation>
    </message>
    <message>
        <source>C&amp;ar:</source>
        <translation>Fahrze&amp;ug:</translation>
    </message>
</context>
<context>
    <name>valuator::ChartView</name>
    <message>
        <source>%1: no data to show.</source>
        <translation>%1: keine Daten zum Anzeigen.</translation>
    </message>
</context>
<context>
    <name>valuator::CheckListModel</name>
    <message>
        <source>Contract rule %1. Expected: %2. Observed: %3.</source>
        <translation>Vertragsregel %1. Erwartet: %2. Beobachtet: %3.</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>valuator::ChecksTab</name>
    <message>
        <source>Show &amp;offending rows</source>
        <translation>Betroffene &amp;Zeilen anzeigen</translation>
    </message>
    <message>
        <source>Load this version&apos;s rows and show the ones this check or rule found.</source>
        <translation>Die Zeilen dieser Version laden und diejenigen anzeigen, die diese Prüfung oder Regel gefunden hat.</translation>
    </message>
    <message>
        <source>Nothing to show: no row failed this check.</source>
        <translation>Nichts anzuzeigen: alle Zeilen haben diese Prüfung bestanden.</translation>
    </message>
    <message>
        <source>All %1 offending rows.</source>
        <translation>Alle %1 betroffenen Zeilen.</translation>
    </message>
    <message>
        <source>The first %1 of %2 offending rows (the contract keeps a sample).</source>
        <translation>Die ersten %1 von %2 betroffenen Zeilen (der Vertrag behält eine Stichprobe).</translation>
    </message>
    <message>
        <source>This report was loaded from the workspace, which keeps only a sample: showing %1 of %2 offending rows. Run the checks again to see all of them.</source>
        <translation>Dieser Bericht wurde aus dem Arbeitsbereich geladen, der nur eine Stichprobe speichert: %1 von %2 betroffenen Zeilen werden angezeigt. Führen Sie die Prüfungen erneut aus, um alle zu sehen.</translation>
    </message>
    <message>
        <source>This finding concerns the dataset as a whole: there are no single rows to show.</source>
        <translation>Dieser Befund betrifft den Datensatz als Ganzes: es gibt keine einzelnen Zeilen anzuzeigen.</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 laden</translation>
    </message>
    <message>
        <source>Reading columns…</source>
        <translation>Spalten werden gelesen…</translation>
    </message>
    <message>
        <source>Loading the rows of %1…</source>
        <translation>Die Zeilen von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Loading the rows was cancelled or failed.</source>
        <translation>Das Laden der Zeilen wurde abgebrochen oder ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>valuator::CliApp</name>
    <message>
        <source>Workspace file (*.valuator).</source>
        <translation>Arbeitsbereichsdatei (*.valuator).</translation>
    </message>
</context>
<context>
    <name>valuator::ColumnProfileModel</name>
    <message>
        <source>decimal</source>
        <translation>Dezimalzahl</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 rows missing (%3 of them placeholder texts such as n/a)</source>
        <translation>%1 von %2 Zeilen fehlen (davon %3 Platzhaltertexte wie n/a)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Verschieden</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Std dev</source>
        <translation>Std.-Abw.</translation>
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
            <numerusform>Bestätigt als %1; %n Wert kann nicht gelesen werden (erstmals in Zeile %2).</numerusform>
            <numerusform>Bestätigt als %1; %n Werte können nicht gelesen werden (erstmals in Zeile %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sample suggested %1; the whole column needs %2 (%n value(s) from line %3 on).</source>
        <translation>
            <numerusform>Die Stichprobe ergab %1; die ganze Spalte erfordert %2 (%n Wert ab Zeile %3).</numerusform>
            <numerusform>Die Stichprobe ergab %1; die ganze Spalte erfordert %2 (%n Werte ab Zeile %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sample suggested %1, but the whole column is %2: %n value(s) do not fit (first at line %3).</source>
        <translation>
            <numerusform>Die Stichprobe ergab %1, aber die ganze Spalte ist %2: %n Wert passt nicht (erstmals in Zeile %3).</numerusform>
            <numerusform>Die Stichprobe ergab %1, aber die ganze Spalte ist %2: %n Werte passen nicht (erstmals in Zeile %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The column has no values.</source>
        <translation>Die Spalte hat keine Werte.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) such as &quot;%1&quot; were read as whole numbers with &apos;%2&apos; grouping thousands (first at line %3).</source>
        <translation>
            <numerusform>%n Wert wie „%1“ wurde als ganze Zahl mit &apos;%2&apos; als Tausendertrennzeichen gelesen (erstmals in Zeile %3).</numerusform>
            <numerusform>%n Werte wie „%1“ wurden als ganze Zahlen mit &apos;%2&apos; als Tausendertrennzeichen gelesen (erstmals in Zeile %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every number looks like &quot;%1&quot;: &apos;%2&apos; is read as the decimal separator. Check the number format.</source>
        <translation>Jede Zahl sieht aus wie „%1“: &apos;%2&apos; wird als Dezimaltrennzeichen gelesen. Prüfen Sie das Zahlenformat.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) such as &quot;%1&quot; have a fraction among whole numbers (first at line %2).</source>
        <translation>
            <numerusform>%n Wert wie „%1“ hat Nachkommastellen zwischen ganzen Zahlen (erstmals in Zeile %2).</numerusform>
            <numerusform>%n Werte wie „%1“ haben Nachkommastellen zwischen ganzen Zahlen (erstmals in Zeile %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) were written with a unit (mostly %1); %2 converted (first at line %3).</source>
        <translation>
            <numerusform>%n Wert wurde mit Einheit geschrieben (meist %1); %2 umgerechnet (erstmals in Zeile %3).</numerusform>
            <numerusform>%n Werte wurden mit Einheit geschrieben (meist %1); %2 umgerechnet (erstmals in Zeile %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) carry a unit of another kind than %1.</source>
        <translation>
            <numerusform>%n Wert trägt eine Einheit einer anderen Art als %1.</numerusform>
            <numerusform>%n Werte tragen eine Einheit einer anderen Art als %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) fit both dd/mm/yyyy and mm/dd/yyyy; choose the order.</source>
        <translation>
            <numerusform>%n Datum passt sowohl zu TT/MM/JJJJ als auch zu MM/TT/JJJJ; wählen Sie die Reihenfolge.</numerusform>
            <numerusform>%n Datumsangaben passen sowohl zu TT/MM/JJJJ als auch zu MM/TT/JJJJ; wählen Sie die Reihenfolge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) in other formats (%1) were read too (first at line %2).</source>
        <translation>
            <numerusform>%n Datum in einem anderen Format (%1) wurde ebenfalls gelesen (erstmals in Zeile %2).</numerusform>
            <numerusform>%n Datumsangaben in anderen Formaten (%1) wurden ebenfalls gelesen (erstmals in Zeile %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) could be dd/mm/yyyy or mm/dd/yyyy and are not read (first at line %1).</source>
        <translation>
            <numerusform>%n Datum kann TT/MM/JJJJ oder MM/TT/JJJJ sein und wird nicht gelesen (erstmals in Zeile %1).</numerusform>
            <numerusform>%n Datumsangaben können TT/MM/JJJJ oder MM/TT/JJJJ sein und werden nicht gelesen (erstmals in Zeile %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) in another format are not read (first at line %1).</source>
        <translation>
            <numerusform>%n Datum in einem anderen Format wird nicht gelesen (erstmals in Zeile %1).</numerusform>
            <numerusform>%n Datumsangaben in einem anderen Format werden nicht gelesen (erstmals in Zeile %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are not numbers, e.g. &quot;%1&quot; (first at line %2).</source>
        <translation>
            <numerusform>%n Wert ist keine Zahl, z. B. „%1“ (erstmals in Zeile %2).</numerusform>
            <numerusform>%n Werte sind keine Zahlen, z. B. „%1“ (erstmals in Zeile %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are dates, not numbers, e.g. &quot;%1&quot; (first at line %2).</source>
        <translation>
            <numerusform>%n Wert ist ein Datum, keine Zahl, z. B. „%1“ (erstmals in Zeile %2).</numerusform>
            <numerusform>%n Werte sind Datumsangaben, keine Zahlen, z. B. „%1“ (erstmals in Zeile %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are not dates, e.g. &quot;%1&quot; (first at line %2).</source>
        <translation>
            <numerusform>%n Wert ist kein Datum, z. B. „%1“ (erstmals in Zeile %2).</numerusform>
            <numerusform>%n Werte sind keine Datumsangaben, z. B. „%1“ (erstmals in Zeile %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are numbers, not dates, e.g. &quot;%1&quot; (first at line %2).</source>
        <translation>
            <numerusform>%n Wert ist eine Zahl, kein Datum, z. B. „%1“ (erstmals in Zeile %2).</numerusform>
            <numerusform>%n Werte sind Zahlen, keine Datumsangaben, z. B. „%1“ (erstmals in Zeile %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mostly numbers or dates, but %n value(s) are text, e.g. &quot;%1&quot; (first at line %2); kept as text.</source>
        <translation>
            <numerusform>Überwiegend Zahlen oder Datumsangaben, aber %n Wert ist Text, z. B. „%1“ (erstmals in Zeile %2); als Text beibehalten.</numerusform>
            <numerusform>Überwiegend Zahlen oder Datumsangaben, aber %n Werte sind Text, z. B. „%1“ (erstmals in Zeile %2); als Text beibehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) had surrounding spaces; they are trimmed (first at line %1).</source>
        <translation>
            <numerusform>%n Wert hatte umgebende Leerzeichen; sie werden entfernt (erstmals in Zeile %1).</numerusform>
            <numerusform>%n Werte hatten umgebende Leerzeichen; sie werden entfernt (erstmals in Zeile %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::ColumnsTab</name>
    <message>
        <source>Select a column to see its distribution.</source>
        <translation>Wählen Sie eine Spalte aus, um ihre Verteilung zu sehen.</translation>
    </message>
</context>
<context>
    <name>valuator::CompareView</name>
    <message>
        <source>&amp;Predicted vs actual</source>
        <translation>Vorhersage vs. &amp;Ist</translation>
    </message>
    <message>
        <source>Re&amp;siduals</source>
        <translation>&amp;Residuen</translation>
    </message>
    <message>
        <source>&amp;Error by segment</source>
        <translation>Fehler nach Se&amp;gment</translation>
    </message>
    <message>
        <source>&amp;Learning curves</source>
        <translation>Lern&amp;kurven</translation>
    </message>
    <message>
        <source>Select two or three runs in the leaderboard to compare them.</source>
        <translation>Wählen Sie zwei oder drei Läufe in der Rangliste aus, um sie zu vergleichen.</translation>
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
        <translation>Alle &amp;Textspalten</translation>
    </message>
    <message>
        <source>Find licence plate…</source>
        <translation>Kennzeichen suchen…</translation>
    </message>
    <message>
        <source>Shows the rows whose licence plate contains this text (case-insensitive).</source>
        <translation>Zeigt die Zeilen, deren Kennzeichen diesen Text enthält (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>Search every text column (brand, model, region, equipment, …), not only the plate.</source>
        <translation>Alle Textspalten durchsuchen (Marke, Modell, Region, Ausstattung, …), nicht nur das Kennzeichen.</translation>
    </message>
    <message>
        <source>Could not open the workspace to load %1.</source>
        <translation>Der Arbeitsbereich konnte zum Laden von %1 nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 laden</translation>
    </message>
    <message>
        <source>Reading columns…</source>
        <translation>Spalten werden gelesen…</translation>
    </message>
    <message>
        <source>Loading %1 (%2 rows)…</source>
        <translation>%1 wird geladen (%2 Zeilen)…</translation>
    </message>
    <message>
        <source>Loading %1 was cancelled.</source>
        <translation>Das Laden von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not load %1.</source>
        <translation>%1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Search rows</source>
        <translation>Zeilen durchsuchen</translation>
    </message>
    <message>
        <source>Searching rows…</source>
        <translation>Zeilen werden durchsucht…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Stop loading this version.</source>
        <translation>Das Laden dieser Version abbrechen.</translation>
    </message>
    <message>
        <source>Load this version again.</source>
        <translation>Diese Version erneut laden.</translation>
    </message>
    <message>
        <source>%1 of %2 rows match</source>
        <translation>%1 von %2 Zeilen passen</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
</context>
<context>
    <name>valuator::DatasetListModel</name>
    <message>
        <source>%1: 1 version</source>
        <translation>%1: 1 Version</translation>
    </message>
    <message>
        <source>%1: %2 versions</source>
        <translation>%1: %2 Versionen</translation>
    </message>
    <message>
        <source>%1 · content SHA-256 %2</source>
        <translation>%1 · Inhalts-SHA-256 %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Append</source>
        <translation>Ergänzung</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Bereinigung</translation>
    </message>
</context>
<context>
    <name>valuator::DatasetsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Delete dataset…</source>
        <translation>Datensatz &amp;löschen…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Datasets&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Datensätze&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>Abgelehnte Zeilen (%1)</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Delete the selected dataset with all its versions from the workspace.</source>
        <translation>Den ausgewählten Datensatz mit allen Versionen aus dem Arbeitsbereich löschen.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>No workspace open. Use File ▸ New Workspace or File ▸ Open Workspace.</source>
        <translation>Kein Arbeitsbereich geöffnet. Verwenden Sie Datei ▸ Neuer Arbeitsbereich oder Datei ▸ Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>No datasets yet. Import a CSV file on the Import page.</source>
        <translation>Noch keine Datensätze. Importieren Sie eine CSV-Datei auf der Seite „Import“.</translation>
    </message>
    <message>
        <source>Select a dataset or one of its versions on the left.</source>
        <translation>Wählen Sie links einen Datensatz oder eine seiner Versionen aus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 rows · %4 columns · created %5 by %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 Zeilen · %4 Spalten · erstellt %5 von %6</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation>Datensatz löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the dataset “%1” with all its %n version(s)?</source>
        <translation>
            <numerusform>Den Datensatz „%1“ mit %n Version löschen?</numerusform>
            <numerusform>Den Datensatz „%1“ mit allen %n Versionen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Its %1 rows, columns and rejected rows are removed from the workspace. This cannot be undone. The deletion is recorded in the audit log.</source>
        <translation>Seine %1 Zeilen, Spalten und abgelehnten Zeilen werden aus dem Arbeitsbereich entfernt. Dies kann nicht rückgängig gemacht werden. Die Löschung wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete dataset %1</source>
        <translation>Datensatz %1 löschen</translation>
    </message>
    <message>
        <source>Deleted the dataset “%1”.</source>
        <translation>Der Datensatz „%1“ wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>valuator::DialectPanel</name>
    <message>
        <source>undecided: choose</source>
        <translation>offen: bitte wählen</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <source>Dialect (how the file is written)</source>
        <translation>Dialekt (wie die Datei geschrieben ist)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <source>How the file&apos;s bytes become text. Wrong umlauts (Ã¼ for ü) mean a wrong encoding.</source>
        <translation>Wie die Bytes der Datei zu Text werden. Falsche Umlaute (Ã¼ statt ü) bedeuten eine falsche Zeichenkodierung.</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>The character between fields. European Excel writes &apos;;&apos;, others &apos;,&apos;.</source>
        <translation>Das Zeichen zwischen den Feldern. Excel schreibt in Europa &apos;;&apos;, andere &apos;,&apos;.</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>Whether the first row holds column names.</source>
        <translation>Ob die erste Zeile Spaltennamen enthält.</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>How fractions are written: 1,5 (European) or 1.5.</source>
        <translation>Wie Nachkommastellen geschrieben werden: 1,5 (europäisch) oder 1.5.</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Datumsreihenfolge</translation>
    </message>
    <message>
        <source>How to read slash dates such as 03/04/2024 when the data cannot tell.</source>
        <translation>Wie Datumsangaben mit Schrägstrich wie 03/04/2024 zu lesen sind, wenn die Daten es nicht verraten.</translation>
    </message>
    <message>
        <source>Some dates fit both day/month and month/day: choose the order.</source>
        <translation>Einige Datumsangaben passen sowohl zu Tag/Monat als auch zu Monat/Tag: wählen Sie die Reihenfolge.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Yes: the first row names the columns</source>
        <translation>Ja: die erste Zeile benennt die Spalten</translation>
    </message>
    <message>
        <source>No: the first row is data</source>
        <translation>Nein: die erste Zeile enthält Daten</translation>
    </message>
    <message>
        <source>point . (12,500.5)</source>
        <translation>Punkt . (12,500.5)</translation>
    </message>
    <message>
        <source>comma , (12.500,5)</source>
        <translation>Komma , (12.500,5)</translation>
    </message>
    <message>
        <source>Day first (dd/mm/yyyy)</source>
        <translation>Tag zuerst (TT/MM/JJJJ)</translation>
    </message>
    <message>
        <source>Month first (mm/dd/yyyy)</source>
        <translation>Monat zuerst (MM/TT/JJJJ)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Zeichenkodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Kopfzeile:</translation>
    </message>
    <message>
        <source>Decimal &amp;separator:</source>
        <translation>Dezi&amp;maltrennzeichen:</translation>
    </message>
    <message>
        <source>Date &amp;order:</source>
        <translation>Datums&amp;reihenfolge:</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose or drop a CSV file: the dialect is detected from its first MiB and shown here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie eine CSV-Datei oder ziehen Sie sie hierher: der Dialekt wird aus dem ersten MiB erkannt und hier angezeigt.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Sample:&lt;/b&gt; read the whole file (%1); %n record(s) analysed.</source>
        <translation>
            <numerusform>&lt;b&gt;Stichprobe:&lt;/b&gt; ganze Datei gelesen (%1); %n Eintrag analysiert.</numerusform>
            <numerusform>&lt;b&gt;Stichprobe:&lt;/b&gt; ganze Datei gelesen (%1); %n Einträge analysiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Sample:&lt;/b&gt; read the first %1; %n record(s) analysed.</source>
        <translation>
            <numerusform>&lt;b&gt;Stichprobe:&lt;/b&gt; die ersten %1 gelesen; %n Eintrag analysiert.</numerusform>
            <numerusform>&lt;b&gt;Stichprobe:&lt;/b&gt; die ersten %1 gelesen; %n Einträge analysiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>: the sample is plain ASCII, so any encoding reads it</source>
        <translation>: die Stichprobe ist reines ASCII, daher liest jede Zeichenkodierung sie</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encoding:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Zeichenkodierung:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Header:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kopfzeile:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;Please confirm the decimal separator.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;Bitte bestätigen Sie das Dezimaltrennzeichen.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Numbers:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Zahlen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a15c00&apos;&gt;&lt;b&gt;Note:&lt;/b&gt; %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a15c00&apos;&gt;&lt;b&gt;Hinweis:&lt;/b&gt; %1&lt;/span&gt;</translation>
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
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numerisch</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>kategorial</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
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
        <translation>Anteil neuer Werte</translation>
    </message>
    <message>
        <source>Missing (ref → cur)</source>
        <translation>Fehlend (Ref. → akt.)</translation>
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
        <translation>Ver&amp;gleichen</translation>
    </message>
    <message>
        <source>Compare the current version with the reference, feature by feature (stored in the workspace).</source>
        <translation>Die aktuelle Version Merkmal für Merkmal mit der Referenz vergleichen (wird im Arbeitsbereich gespeichert).</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Refere&amp;nz:</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation>Aktue&amp;ll:</translation>
    </message>
    <message>
        <source>Pick a reference and a current version and press Compare.</source>
        <translation>Wählen Sie eine Referenz- und eine aktuelle Version und klicken Sie auf „Vergleichen“.</translation>
    </message>
    <message>
        <source>Select a feature to compare its distributions.</source>
        <translation>Wählen Sie ein Merkmal aus, um seine Verteilungen zu vergleichen.</translation>
    </message>
    <message>
        <source>Drift %1 vs %2</source>
        <translation>Drift %1 vs. %2</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>%1 wird mit %2 verglichen…</translation>
    </message>
    <message>
        <source>%1 (%2 rows) against %3 (%4 rows): %5. Numeric features are binned on %6 quantiles of the reference; PSI floor %7; warn above PSI %8, alert above %9. The status comes from the PSI only; KS D is an effect size, p-values are not used.</source>
        <translation>%1 (%2 Zeilen) gegenüber %3 (%4 Zeilen): %5. Numerische Merkmale werden nach %6 Quantilen der Referenz in Klassen eingeteilt; PSI-Untergrenze %7; Warnung über PSI %8, Alarm über %9. Der Status ergibt sich nur aus dem PSI; KS D ist eine Effektgröße, p-Werte werden nicht verwendet.</translation>
    </message>
    <message>
        <source>Bin edges (%1): %2</source>
        <translation>Klassengrenzen (%1): %2</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>konfiguriert</translation>
    </message>
    <message>
        <source>reference quantiles</source>
        <translation>Referenzquantile</translation>
    </message>
    <message>
        <source>none (one bin)</source>
        <translation>keine (eine Klasse)</translation>
    </message>
    <message numerus="yes">
        <source>%n categories; %1 of the current rows have a value the reference never had.</source>
        <translation>
            <numerusform>%n Kategorie; %1 der aktuellen Zeilen haben einen Wert, den die Referenz nie hatte.</numerusform>
            <numerusform>%n Kategorien; %1 der aktuellen Zeilen haben einen Wert, den die Referenz nie hatte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::Error</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>valuator::ExplainPage</name>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Erklären</translation>
    </message>
    <message>
        <source>Car &amp;report…</source>
        <translation>Fahrzeugbe&amp;richt…</translation>
    </message>
    <message>
        <source>Model re&amp;port…</source>
        <translation>Mode&amp;llbericht…</translation>
    </message>
    <message>
        <source>The cars the model is explained on (by default the data it was trained on).</source>
        <translation>Die Fahrzeuge, auf denen das Modell erklärt wird (standardmäßig die Daten, mit denen es trainiert wurde).</translation>
    </message>
    <message>
        <source>Save the explanation of the shown valuation as an HTML or PDF report.</source>
        <translation>Die Erklärung der angezeigten Bewertung als HTML- oder PDF-Bericht speichern.</translation>
    </message>
    <message>
        <source>Save the explanation of the model as an HTML or PDF report.</source>
        <translation>Die Erklärung des Modells als HTML- oder PDF-Bericht speichern.</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>One &amp;car</source>
        <translation>Ein &amp;Fahrzeug</translation>
    </message>
    <message>
        <source>&amp;Fairness</source>
        <translation>Fair&amp;ness</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>M&amp;odell:</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>Da&amp;ten:</translation>
    </message>
    <message>
        <source>Train a model first (Models page).</source>
        <translation>Trainieren Sie zuerst ein Modell (Seite Modelle).</translation>
    </message>
    <message>
        <source>Choose a model.</source>
        <translation>Wählen Sie ein Modell.</translation>
    </message>
    <message>
        <source>Explain model %1</source>
        <translation>Modell %1 erklären</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>Wird erklärt…</translation>
    </message>
    <message>
        <source>Explaining the model on %1…</source>
        <translation>Das Modell wird auf %1 erklärt…</translation>
    </message>
    <message>
        <source>Explaining %1 on %2…</source>
        <translation>%1 wird auf %2 erklärt…</translation>
    </message>
    <message>
        <source>The explanation was cancelled.</source>
        <translation>Die Erklärung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 (%2) explained on %3: SHAP values of %4 sampled cars of %5.</source>
        <translation>%1 (%2) erklärt auf %3: SHAP-Werte einer Stichprobe von %4 der %5 Fahrzeuge.</translation>
    </message>
    <message>
        <source>There is no valuation to report yet.</source>
        <translation>Es gibt noch keine Bewertung für einen Bericht.</translation>
    </message>
    <message>
        <source>There is no model explanation to report yet.</source>
        <translation>Es gibt noch keine Modellerklärung für einen Bericht.</translation>
    </message>
    <message>
        <source>Save valuation report</source>
        <translation>Bewertungsbericht speichern</translation>
    </message>
    <message>
        <source>Save model report</source>
        <translation>Modellbericht speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;HTML page (*.html)</source>
        <translation>PDF-Dokument (*.pdf);;HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Bericht in %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>valuator::FairnessTab</name>
    <message>
        <source>Score the chosen dataset version and compare the error per brand, region, fuel, age band and price band with the overall error. The result is stored with the model.</source>
        <translation>Die gewählte Datensatzversion bewerten und den Fehler je Marke, Region, Kraftstoff, Altersklasse und Preisklasse mit dem Gesamtfehler vergleichen. Das Ergebnis wird mit dem Modell gespeichert.</translation>
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
        <translation>Anzahl</translation>
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
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>&amp;Segments by:</source>
        <translation>&amp;Segmente nach:</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation>Alle Dimensionen</translation>
    </message>
    <message>
        <source>No fairness check has been run for this model yet.</source>
        <translation>Für dieses Modell wurde noch keine Fairness-Prüfung ausgeführt.</translation>
    </message>
    <message>
        <source>Choose a model to check.</source>
        <translation>Wählen Sie ein Modell zum Prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>Latest check on %1 (%2, by %3): %4 cars, overall MAPE %5 %, %n segment(s) flagged. Segments with fewer than %6 cars are never flagged.</source>
        <translation>
            <numerusform>Letzte Prüfung auf %1 (%2, von %3): %4 Fahrzeuge, MAPE gesamt %5 %, %n Segment markiert. Segmente mit weniger als %6 Fahrzeugen werden nie markiert.</numerusform>
            <numerusform>Letzte Prüfung auf %1 (%2, von %3): %4 Fahrzeuge, MAPE gesamt %5 %, %n Segmente markiert. Segmente mit weniger als %6 Fahrzeugen werden nie markiert.</numerusform>
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
        <translation>nein</translation>
    </message>
    <message>
        <source>Fairness check of model %1</source>
        <translation>Fairness-Prüfung von Modell %1</translation>
    </message>
    <message>
        <source>Scoring segments…</source>
        <translation>Segmente werden bewertet…</translation>
    </message>
    <message>
        <source>Checking error by segment…</source>
        <translation>Fehler nach Segment wird geprüft…</translation>
    </message>
    <message>
        <source>R&amp;un fairness check</source>
        <translation>Fairness-&amp;Prüfung ausführen</translation>
    </message>
</context>
<context>
    <name>valuator::FixStepsModel</name>
    <message numerus="yes">
        <source>Removes the %n row(s) with impossible values the checks found.</source>
        <translation>
            <numerusform>Entfernt die %n Zeile mit unmöglichen Werten, die die Prüfungen gefunden haben.</numerusform>
            <numerusform>Entfernt die %n Zeilen mit unmöglichen Werten, die die Prüfungen gefunden haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removes up to %n row(s) with impossible values (a row may break several rules).</source>
        <translation>
            <numerusform>Entfernt bis zu %n Zeile mit unmöglichen Werten (eine Zeile kann mehrere Regeln verletzen).</numerusform>
            <numerusform>Entfernt bis zu %n Zeilen mit unmöglichen Werten (eine Zeile kann mehrere Regeln verletzen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trims whitespace in the %n row(s) the checks found.</source>
        <translation>
            <numerusform>Entfernt Leerraum in der %n Zeile, die die Prüfungen gefunden haben.</numerusform>
            <numerusform>Entfernt Leerraum in den %n Zeilen, die die Prüfungen gefunden haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rewrites the %n row(s) spelled differently to the canonical names (%1 mapped spellings).</source>
        <translation>
            <numerusform>Schreibt die %n abweichend geschriebene Zeile auf die kanonischen Namen um (%1 zugeordnete Schreibweisen).</numerusform>
            <numerusform>Schreibt die %n abweichend geschriebenen Zeilen auf die kanonischen Namen um (%1 zugeordnete Schreibweisen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removes %n row(s): later copies of earlier rows; the first copy stays.</source>
        <translation>
            <numerusform>Entfernt %n Zeile: spätere Kopien früherer Zeilen; die erste Kopie bleibt erhalten.</numerusform>
            <numerusform>Entfernt %n Zeilen: spätere Kopien früherer Zeilen; die erste Kopie bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marks %n row(s) with 1 in the new column “%1”; no row is removed.</source>
        <translation>
            <numerusform>Markiert %n Zeile mit 1 in der neuen Spalte „%1“; keine Zeile wird entfernt.</numerusform>
            <numerusform>Markiert %n Zeilen mit 1 in der neuen Spalte „%1“; keine Zeile wird entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removes %n price outlier row(s).</source>
        <translation>
            <numerusform>Entfernt %n Zeile mit Preisausreißer.</numerusform>
            <numerusform>Entfernt %n Zeilen mit Preisausreißern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>What it will do</source>
        <translation>Was geschieht</translation>
    </message>
</context>
<context>
    <name>valuator::FixesTab</name>
    <message>
        <source>&amp;Propose fixes</source>
        <translation>Korrekturen vorschla&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Apply fixes</source>
        <translation>Korrekturen an&amp;wenden</translation>
    </message>
    <message>
        <source>Check the &amp;new version</source>
        <translation>&amp;Neue Version prüfen</translation>
    </message>
    <message>
        <source>Run the checks again and propose cleaning steps for what they find.</source>
        <translation>Die Prüfungen erneut ausführen und Bereinigungsschritte für ihre Befunde vorschlagen.</translation>
    </message>
    <message>
        <source>Apply the checked steps to a copy of this version and store it as a new version. The original version is never changed.</source>
        <translation>Die angehakten Schritte auf eine Kopie dieser Version anwenden und sie als neue Version speichern. Die ursprüngliche Version wird nie verändert.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Rows before</source>
        <translation>Zeilen vorher</translation>
    </message>
    <message>
        <source>Rows changed</source>
        <translation>Zeilen geändert</translation>
    </message>
    <message>
        <source>Rows removed</source>
        <translation>Zeilen entfernt</translation>
    </message>
    <message>
        <source>What it did</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Select the cleaned version on this page to run the checks on it.</source>
        <translation>Wählen Sie die bereinigte Version auf dieser Seite aus, um die Prüfungen darauf auszuführen.</translation>
    </message>
    <message>
        <source>Run the checks first: fixes are proposed for what they find.</source>
        <translation>Führen Sie zuerst die Prüfungen aus: Korrekturen werden für ihre Befunde vorgeschlagen.</translation>
    </message>
    <message>
        <source>This report was loaded from the workspace. Press “Propose fixes” to run the checks again and propose cleaning steps.</source>
        <translation>Dieser Bericht wurde aus dem Arbeitsbereich geladen. Klicken Sie auf „Korrekturen vorschlagen“, um die Prüfungen erneut auszuführen und Bereinigungsschritte vorzuschlagen.</translation>
    </message>
    <message>
        <source>Nothing to fix: the checks found nothing that a cleaning step addresses.</source>
        <translation>Nichts zu korrigieren: die Prüfungen haben nichts gefunden, das ein Bereinigungsschritt behebt.</translation>
    </message>
    <message>
        <source>Uncheck what you do not want, then apply. The steps run in this order; counts are what the checks found.</source>
        <translation>Entfernen Sie die Haken bei allem, was Sie nicht möchten, und wenden Sie dann an. Die Schritte laufen in dieser Reihenfolge; die Anzahlen sind die Befunde der Prüfungen.</translation>
    </message>
    <message>
        <source>Propose fixes for %1</source>
        <translation>Korrekturen für %1 vorschlagen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Checking %1 to propose fixes…</source>
        <translation>%1 wird geprüft, um Korrekturen vorzuschlagen…</translation>
    </message>
    <message>
        <source>Clean %1</source>
        <translation>%1 bereinigen</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Wird bereinigt…</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n fix(es) to %1…</source>
        <translation>
            <numerusform>%n Korrektur wird auf %1 angewendet…</numerusform>
            <numerusform>%n Korrekturen werden auf %1 angewendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1 with %2 rows (from %3 rows of %4). The original version is unchanged.</source>
        <translation>%1 mit %2 Zeilen erstellt (aus %3 Zeilen von %4). Die ursprüngliche Version bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>valuator::GlobalTab</name>
    <message>
        <source>The feature whose SHAP values are plotted against its values.</source>
        <translation>Das Merkmal, dessen SHAP-Werte gegen seine Werte aufgetragen werden.</translation>
    </message>
    <message>
        <source>Choose a model to explain.</source>
        <translation>Wählen Sie ein Modell zum Erklären.</translation>
    </message>
    <message>
        <source>Choose a feature to see how its value drives the price.</source>
        <translation>Wählen Sie ein Merkmal, um zu sehen, wie sein Wert den Preis beeinflusst.</translation>
    </message>
    <message>
        <source>Dependence fea&amp;ture:</source>
        <translation>Abhän&amp;gigkeitsmerkmal:</translation>
    </message>
</context>
<context>
    <name>valuator::ImportDropZone</name>
    <message>
        <source>&amp;Choose CSV file…</source>
        <translation>CSV-Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Drop zone for CSV files</source>
        <translation>Ablagebereich für CSV-Dateien</translation>
    </message>
    <message>
        <source>&lt;b&gt;Drop a CSV file here&lt;/b&gt; (dealership exports in any dialect: Excel, semicolons, decimal commas, Windows-1252…)</source>
        <translation>&lt;b&gt;CSV-Datei hierher ziehen&lt;/b&gt; (Händlerexporte in jedem Dialekt: Excel, Semikolons, Dezimalkommas, Windows-1252…)</translation>
    </message>
    <message>
        <source>Choose CSV file</source>
        <translation>CSV-Datei wählen</translation>
    </message>
    <message>
        <source>Pick a CSV file to preview and import.</source>
        <translation>Eine CSV-Datei für Vorschau und Import auswählen.</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Noch keine Datei gewählt.</translation>
    </message>
    <message>
        <source>Previewing &lt;b&gt;%1&lt;/b&gt; (%2) in %3</source>
        <translation>Vorschau von &lt;b&gt;%1&lt;/b&gt; (%2) in %3</translation>
    </message>
</context>
<context>
    <name>valuator::ImportPage</name>
    <message>
        <source>&lt;h2&gt;Import a CSV file&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;CSV-Datei importieren&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>1. File &amp;&amp; dialect</source>
        <translation>1. Datei &amp;&amp; Dialekt</translation>
    </message>
    <message>
        <source>2. Mapping</source>
        <translation>2. Zuordnung</translation>
    </message>
    <message>
        <source>3. Result</source>
        <translation>3. Ergebnis</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <source>Preview (first %1 data rows)</source>
        <translation>Vorschau (erste %1 Datenzeilen)</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei wählen</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>An import is running: wait for it to finish or cancel it first.</source>
        <translation>Ein Import läuft: warten Sie, bis er fertig ist, oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: there is no such file.</source>
        <translation>„%1“ kann nicht geöffnet werden: die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Reading the beginning of the file…</source>
        <translation>Dateianfang wird gelesen…</translation>
    </message>
    <message>
        <source>The file cannot be read with these settings; try another encoding or delimiter.</source>
        <translation>Die Datei kann mit diesen Einstellungen nicht gelesen werden; versuchen Sie eine andere Zeichenkodierung oder ein anderes Trennzeichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s); the first %1 data rows as the import will split them.</source>
        <translation>
            <numerusform>%n Spalte; die ersten %1 Datenzeilen so, wie der Import sie aufteilen wird.</numerusform>
            <numerusform>%n Spalten; die ersten %1 Datenzeilen so, wie der Import sie aufteilen wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>An import is running.</source>
        <translation>Ein Import läuft.</translation>
    </message>
    <message>
        <source>Open or create a workspace first (File menu).</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Arbeitsbereich (Menü Datei).</translation>
    </message>
    <message>
        <source>Choose a CSV file first.</source>
        <translation>Wählen Sie zuerst eine CSV-Datei.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>The file cannot be read with these settings: %1</source>
        <translation>Die Datei kann mit diesen Einstellungen nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading rows…</source>
        <translation>Zeilen werden gelesen…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Importing %1 into “%2”…</source>
        <translation>%1 wird in „%2“ importiert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows into %3; %4 rejected.</source>
        <translation>%1 von %2 Zeilen in %3 importiert; %4 abgelehnt.</translation>
    </message>
</context>
<context>
    <name>valuator::ImportPreviewModel</name>
    <message numerus="yes">
        <source>This row has %n field(s); the file has %1 columns.</source>
        <translation>
            <numerusform>Diese Zeile hat %n Feld; die Datei hat %1 Spalten.</numerusform>
            <numerusform>Diese Zeile hat %n Felder; die Datei hat %1 Spalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing value</source>
        <translation>Fehlender Wert</translation>
    </message>
    <message>
        <source>%1 (indicator)</source>
        <translation>%1 (Indikator)</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; is not mapped: it is kept as an extra text column.</source>
        <translation>Spalte &apos;%1&apos; ist nicht zugeordnet: sie wird als zusätzliche Textspalte beibehalten.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; is read as %2.</source>
        <translation>Spalte &apos;%1&apos; wird als %2 gelesen.</translation>
    </message>
</context>
<context>
    <name>valuator::ImportRejectsModel</name>
    <message>
        <source>(whole row)</source>
        <translation>(ganze Zeile)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>Rohtext</translation>
    </message>
</context>
<context>
    <name>valuator::ImportResultPanel</name>
    <message>
        <source>&lt;i&gt;No import yet. Check the dialect and the mapping, then press Import.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Noch kein Import. Prüfen Sie Dialekt und Zuordnung und klicken Sie dann auf „Importieren“.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Open dataset</source>
        <translation>Datensatz ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Export rejected rows…</source>
        <translation>Abgelehnte Zeilen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Gelesene Zeilen:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Abgelehnt:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Show the imported dataset version.</source>
        <translation>Die importierte Datensatzversion anzeigen.</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (appended as a new version)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (als neue Version angehängt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (new dataset)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (neuer Datensatz)</translation>
    </message>
    <message>
        <source>%1 rows (%2 problems)</source>
        <translation>%1 Zeilen (%2 Probleme)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>Abgelehnte Zeilen (%1)</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Keine Zeile wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 problems; the workspace keeps all of them.</source>
        <translation>Die ersten %1 von %2 Problemen werden angezeigt; der Arbeitsbereich speichert alle.</translation>
    </message>
    <message>
        <source>Save the rejected rows as CSV (opens in Excel).</source>
        <translation>Die abgelehnten Zeilen als CSV speichern (lässt sich in Excel öffnen).</translation>
    </message>
    <message>
        <source>Import a file first.</source>
        <translation>Importieren Sie zuerst eine Datei.</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message>
        <source>%1-rejects.csv</source>
        <translation>%1-abgelehnt.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) exported to %1.</source>
        <translation>
            <numerusform>%n abgelehnte Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n abgelehnte Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::ImportRunBar</name>
    <message>
        <source>&amp;Append as a new version of an existing dataset</source>
        <translation>Als neue &amp;Version eines vorhandenen Datensatzes anhängen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Dataset name</source>
        <translation>Datensatzname</translation>
    </message>
    <message>
        <source>dataset name</source>
        <translation>Datensatzname</translation>
    </message>
    <message>
        <source>Add the rows to the latest version of the dataset with this name, as a new version.</source>
        <translation>Die Zeilen als neue Version an die neueste Version des Datensatzes mit diesem Namen anhängen.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Stop the import; the workspace stays as it was.</source>
        <translation>Den Import abbrechen; der Arbeitsbereich bleibt unverändert.</translation>
    </message>
    <message>
        <source>Dataset &amp;name:</source>
        <translation>Datensatz&amp;name:</translation>
    </message>
    <message>
        <source>A dataset named “%1” exists already: tick “Append…” to add a version, or choose another name.</source>
        <translation>Ein Datensatz namens „%1“ existiert bereits: aktivieren Sie „Als neue Version …“, um eine Version hinzuzufügen, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no dataset named “%1” yet to append to.</source>
        <translation>Es gibt noch keinen Datensatz namens „%1“, an den angehängt werden kann.</translation>
    </message>
    <message>
        <source>Import the whole file into the workspace.</source>
        <translation>Die ganze Datei in den Arbeitsbereich importieren.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
</context>
<context>
    <name>valuator::ImpossibleRules</name>
    <message>
        <source>The cleaning plan has an invalid value for %1.</source>
        <translation>Der Bereinigungsplan enthält einen ungültigen Wert für %1.</translation>
    </message>
</context>
<context>
    <name>valuator::IndicatorDialog</name>
    <message>
        <source>Indicator columns for %1</source>
        <translation>Indikatorspalten für %1</translation>
    </message>
    <message>
        <source>Tick the one-hot columns that hold %1. Each row takes the name of the ticked column whose cell is set (1, true, yes or x), e.g. columns “Diesel”, “Petrol” and “Electric” give the fuel.</source>
        <translation>Markieren Sie die One-hot-Spalten, die %1 enthalten. Jede Zeile erhält den Namen der markierten Spalte, deren Zelle gesetzt ist (1, true, yes oder x), z. B. ergeben die Spalten „Diesel“, „Benzin“ und „Elektro“ den Kraftstoff.</translation>
    </message>
    <message>
        <source>Source columns</source>
        <translation>Quellspalten</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>Markieren Sie mindestens eine Spalte.</translation>
    </message>
</context>
<context>
    <name>valuator::JobRow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the error of %1</source>
        <translation>Fehler von %1 schließen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>valuator::JobRunner</name>
    <message>
        <source>The task failed unexpectedly.</source>
        <translation>Der Vorgang ist unerwartet fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>valuator::JobStrip</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop this job. Nothing is stored when it is cancelled.</source>
        <translation>Diesen Vorgang abbrechen. Beim Abbrechen wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>valuator::JobsPanel</name>
    <message>
        <source>Background jobs</source>
        <translation>Hintergrundvorgänge</translation>
    </message>
</context>
<context>
    <name>valuator::Leaderboard</name>
    <message>
        <source>Select two or three runs to compare them below. Right-click a run to rename, tag or delete it.</source>
        <translation>Wählen Sie zwei oder drei Läufe aus, um sie unten zu vergleichen. Mit einem Rechtsklick auf einen Lauf können Sie ihn umbenennen, taggen oder löschen.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Edit &amp;tags…</source>
        <translation>&amp;Tags bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>Lauf umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Tags bearbeiten</translation>
    </message>
    <message>
        <source>Tags of “%1”, separated by commas:</source>
        <translation>Tags von „%1“, durch Kommas getrennt:</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <source>Delete the run “%1” and its model? This cannot be undone.</source>
        <translation>Den Lauf „%1“ und sein Modell löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>valuator::MainWindow</name>
    <message>
        <source>Importing the demo data</source>
        <translation>Demodaten werden importiert</translation>
    </message>
    <message>
        <source>Reading rows…</source>
        <translation>Zeilen werden gelesen…</translation>
    </message>
    <message>
        <source>Welcome! The demo data set &apos;%1&apos; (%2 car sales) is ready to explore.</source>
        <translation>Willkommen! Der Demo-Datensatz &apos;%1&apos; (%2 Fahrzeugverkäufe) steht zum Erkunden bereit.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Vorgänge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Car Valuator</source>
        <translation>Ü&amp;ber Car Valuator</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 — Car Valuator</source>
        <translation>%1 — Car Valuator</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Car Valuator workspaces (*.valuator)</source>
        <translation>Car-Valuator-Arbeitsbereiche (*.valuator)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Car Valuator workspaces (*.valuator);;All files (*)</source>
        <translation>Car-Valuator-Arbeitsbereiche (*.valuator);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Data Quality</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
</context>
<context>
    <name>valuator::MappingDelegate</name>
    <message>
        <source>Source of %1</source>
        <translation>Quelle für %1</translation>
    </message>
</context>
<context>
    <name>valuator::MappingModel</name>
    <message>
        <source>Date order</source>
        <translation>Datumsreihenfolge</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>%1: %2 Set “%3” under Dialect.</source>
        <translation>%1: %2 Legen Sie „%3“ unter „Dialekt“ fest.</translation>
    </message>
    <message>
        <source>Choose a CSV file first.</source>
        <translation>Wählen Sie zuerst eine CSV-Datei.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Required field(s) not mapped: %1. Map a column or set a constant.</source>
        <translation>
            <numerusform>Pflichtfeld nicht zugeordnet: %1. Ordnen Sie eine Spalte zu oder legen Sie eine Konstante fest.</numerusform>
            <numerusform>Pflichtfelder nicht zugeordnet: %1. Ordnen Sie eine Spalte zu oder legen Sie eine Konstante fest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide first — %1</source>
        <translation>Zuerst entscheiden — %1</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>Constant: %1</source>
        <translation>Konstante: %1</translation>
    </message>
    <message>
        <source>Indicators: %1</source>
        <translation>Indikatoren: %1</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>Konstante</translation>
    </message>
    <message numerus="yes">
        <source>one-hot, %n column(s)</source>
        <translation>
            <numerusform>One-hot, %n Spalte</numerusform>
            <numerusform>One-hot, %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Required: map a column or set a constant.</source>
        <translation>Pflichtfeld: ordnen Sie eine Spalte zu oder legen Sie eine Konstante fest.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; is not in this file.</source>
        <translation>Spalte &apos;%1&apos; ist nicht in dieser Datei.</translation>
    </message>
    <message>
        <source>Indicator column &apos;%1&apos; is not in this file.</source>
        <translation>Indikatorspalte &apos;%1&apos; ist nicht in dieser Datei.</translation>
    </message>
    <message>
        <source>%1 (settled by your dialect choice)</source>
        <translation>%1 (durch Ihre Dialektwahl entschieden)</translation>
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
        <translation>Pflichtfeld, gespeichert als %1.</translation>
    </message>
    <message>
        <source>Optional field, stored as %1.</source>
        <translation>Optionales Feld, gespeichert als %1.</translation>
    </message>
    <message>
        <source>Field (* required)</source>
        <translation>Feld (* Pflicht)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Detected type / format</source>
        <translation>Erkannter Typ / Format</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>valuator::MappingPanel</name>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>Zuordnung &amp;laden…</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>Zuordnung &amp;speichern…</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Use a mapping saved earlier for a file with the same column names.</source>
        <translation>Eine früher gespeicherte Zuordnung für eine Datei mit denselben Spaltennamen verwenden.</translation>
    </message>
    <message>
        <source>Save this mapping as JSON to reuse it for the next export from this dealer.</source>
        <translation>Diese Zuordnung als JSON speichern, um sie für den nächsten Export dieses Händlers wiederzuverwenden.</translation>
    </message>
    <message>
        <source>Open a CSV file first.</source>
        <translation>Öffnen Sie zuerst eine CSV-Datei.</translation>
    </message>
    <message>
        <source>&lt;i&gt;The mapping appears once a file is read.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Die Zuordnung erscheint, sobald eine Datei gelesen ist.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#137333&apos;&gt;✔ Every required field has a source.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#137333&apos;&gt;✔ Jedes Pflichtfeld hat eine Quelle.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Cannot import yet:&lt;/b&gt; %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Import noch nicht möglich:&lt;/b&gt; %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Every source column is mapped to a field.</source>
        <translation>Jede Quellspalte ist einem Feld zugeordnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept as extra text columns (%1):&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Als zusätzliche Textspalten beibehalten (%1):&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Zuordnung laden</translation>
    </message>
    <message>
        <source>Mappings (%1)</source>
        <translation>Zuordnungen (%1)</translation>
    </message>
    <message>
        <source>Mapping loaded from %1.</source>
        <translation>Zuordnung aus %1 geladen.</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Mapping saved to %1.</source>
        <translation>Zuordnung in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>valuator::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>valuator::ModelsPage</name>
    <message>
        <source>While XGBoost trains, its learning curve (train and validation RMSE per round) appears here.</source>
        <translation>Während XGBoost trainiert, erscheint hier seine Lernkurve (RMSE für Training und Validierung je Runde).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Leaderboard&lt;/b&gt; — out-of-fold metrics; select 2–3 runs to compare</source>
        <translation>&lt;b&gt;Rangliste&lt;/b&gt; — Out-of-Fold-Metriken; wählen Sie 2–3 Läufe zum Vergleichen aus</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Models&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Modelle&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The quality gate of %1 failed.</source>
        <translation>Das Qualitäts-Gate von %1 ist gescheitert.</translation>
    </message>
    <message>
        <source>Quality gate failed</source>
        <translation>Qualitäts-Gate gescheitert</translation>
    </message>
    <message>
        <source>%1
To train anyway, give a reason. It is written to the audit log with your name.</source>
        <translation>%1
Um trotzdem zu trainieren, geben Sie eine Begründung an. Sie wird mit Ihrem Namen ins Audit-Protokoll geschrieben.</translation>
    </message>
    <message>
        <source>Training needs a reason to override the failed quality gate; nothing was trained.</source>
        <translation>Das Training braucht eine Begründung, um das gescheiterte Qualitäts-Gate zu übergehen; es wurde nichts trainiert.</translation>
    </message>
    <message>
        <source>Train %1 on %2</source>
        <translation>%1 auf %2 trainieren</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Wird trainiert…</translation>
    </message>
    <message>
        <source>Waiting for the first boosting round…</source>
        <translation>Warte auf die erste Boosting-Runde…</translation>
    </message>
    <message>
        <source>Only XGBoost draws a learning curve; %1 trains in one step.</source>
        <translation>Nur XGBoost zeichnet eine Lernkurve; %1 trainiert in einem Schritt.</translation>
    </message>
    <message>
        <source>Training %1 on %2…</source>
        <translation>%1 wird auf %2 trainiert…</translation>
    </message>
    <message>
        <source>Training cancelled; nothing was stored.</source>
        <translation>Training abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Stored “%1”: MAE %2 EUR, MAPE %3 % over %4 out-of-fold predictions.</source>
        <translation>„%1“ gespeichert: MAE %2 EUR, MAPE %3 % über %4 Out-of-Fold-Vorhersagen.</translation>
    </message>
    <message>
        <source>Learning curve: final model</source>
        <translation>Lernkurve: endgültiges Modell</translation>
    </message>
    <message>
        <source>Learning curve: fold %1 of %2</source>
        <translation>Lernkurve: Fold %1 von %2</translation>
    </message>
    <message>
        <source>Boosting round</source>
        <translation>Boosting-Runde</translation>
    </message>
    <message>
        <source>Train RMSE</source>
        <translation>RMSE Training</translation>
    </message>
    <message>
        <source>Validation RMSE</source>
        <translation>RMSE Validierung</translation>
    </message>
    <message>
        <source>Select two or three runs in the leaderboard to compare them.</source>
        <translation>Wählen Sie zwei oder drei Läufe in der Rangliste aus, um sie zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>Loading predictions of %n run(s)…</source>
        <translation>
            <numerusform>Vorhersagen von %n Lauf werden geladen…</numerusform>
            <numerusform>Vorhersagen von %n Läufen werden geladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Loading predictions…</source>
        <translation>Vorhersagen werden geladen…</translation>
    </message>
    <message>
        <source>Comparing the first %1 of %2 selected runs.</source>
        <translation>Die ersten %1 von %2 ausgewählten Läufen werden verglichen.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n run(s). Wheel zooms, drag pans, right-click saves a chart.</source>
        <translation>
            <numerusform>%n Lauf wird verglichen. Mausrad zoomt, Ziehen verschiebt, Rechtsklick speichert ein Diagramm.</numerusform>
            <numerusform>%n Läufe werden verglichen. Mausrad zoomt, Ziehen verschiebt, Rechtsklick speichert ein Diagramm.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::OverviewPage</name>
    <message>
        <source>&amp;Verify audit chain</source>
        <translation>Audit-Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Workspace overview&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Übersicht über den Arbeitsbereich&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>Audit log (newest first)</source>
        <translation>Audit-Protokoll (neueste zuerst)</translation>
    </message>
    <message>
        <source>Recompute every row&apos;s hash and check the chain is unbroken.</source>
        <translation>Die Prüfsumme jeder Zeile neu berechnen und prüfen, ob die Kette lückenlos ist.</translation>
    </message>
    <message>
        <source>No workspace open. Use File ▸ New Workspace or File ▸ Open Workspace.</source>
        <translation>Kein Arbeitsbereich geöffnet. Verwenden Sie Datei ▸ Neuer Arbeitsbereich oder Datei ▸ Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 datasets (%2 versions, %3 car sales in the latest versions) · %4 audit entries</source>
        <translation>%1 Datensätze (%2 Versionen, %3 Fahrzeugverkäufe in den neuesten Versionen) · %4 Audit-Einträge</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Audit-Protokoll wird geprüft…</translation>
    </message>
    <message>
        <source>Verify audit log</source>
        <translation>Audit-Protokoll prüfen</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n row(s) verified.</source>
        <translation>
            <numerusform>Audit-Protokoll intakt: %n Zeile geprüft.</numerusform>
            <numerusform>Audit-Protokoll intakt: %n Zeilen geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log broken at row %1: %2</source>
        <translation>Audit-Protokoll beschädigt in Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>valuator::ParameterDialog</name>
    <message>
        <source>Advanced parameters: %1</source>
        <translation>Erweiterte Parameter: %1</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Zulässig</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Values start from the “%1” preset. Edit a value to override it; every value is checked on OK.</source>
        <translation>Die Werte gehen von der Voreinstellung „%1“ aus. Bearbeiten Sie einen Wert, um ihn zu überschreiben; jeder Wert wird bei OK geprüft.</translation>
    </message>
</context>
<context>
    <name>valuator::ParseFailure</name>
    <message>
        <source>empty value</source>
        <translation>leerer Wert</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>grouping separator in the wrong place</source>
        <translation>Tausendertrennzeichen an der falschen Stelle</translation>
    </message>
    <message>
        <source>more than one decimal separator</source>
        <translation>mehr als ein Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>unexpected separator &apos;%1&apos;</source>
        <translation>unerwartetes Trennzeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;</source>
        <translation>unbekannte Einheit &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unit &apos;%1&apos; does not fit this column</source>
        <translation>Einheit &apos;%1&apos; passt nicht zu dieser Spalte</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>Zahl außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>number too long</source>
        <translation>Zahl zu lang</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>date not in the format %1</source>
        <translation>Datum nicht im Format %1</translation>
    </message>
    <message>
        <source>month out of range</source>
        <translation>Monat außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>day does not exist in that month</source>
        <translation>Tag existiert in diesem Monat nicht</translation>
    </message>
    <message>
        <source>two-digit year (write the year with four digits)</source>
        <translation>zweistellige Jahreszahl (schreiben Sie das Jahr vierstellig)</translation>
    </message>
    <message>
        <source>invalid time of day</source>
        <translation>ungültige Uhrzeit</translation>
    </message>
</context>
<context>
    <name>valuator::PlotFrame</name>
    <message>
        <source>Reset &amp;zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole chart again (also: double-click the chart). Zoom with the mouse wheel, pan by dragging.</source>
        <translation>Wieder das ganze Diagramm anzeigen (auch: Doppelklick auf das Diagramm). Mit dem Mausrad zoomen, durch Ziehen verschieben.</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Diagramm speichern…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image, an SVG drawing or a PDF document.</source>
        <translation>Dieses Diagramm als PNG-Bild, SVG-Grafik oder PDF-Dokument speichern.</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>There is no chart to save.</source>
        <translation>Es gibt kein Diagramm zum Speichern.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>valuator::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time Car Valuator starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Car Valuator.</translation>
    </message>
    <message>
        <source>Acting &amp;user:</source>
        <translation>Handelnder &amp;Benutzer:</translation>
    </message>
    <message>
        <source>Recorded with every change in the audit log. Empty: your account name (%1).</source>
        <translation>Wird bei jeder Änderung im Audit-Protokoll vermerkt. Leer: Ihr Kontoname (%1).</translation>
    </message>
</context>
<context>
    <name>valuator::PriceOutlierModel</name>
    <message>
        <source>The cleaning plan&apos;s outlier model is invalid.</source>
        <translation>Das Ausreißermodell des Bereinigungsplans ist ungültig.</translation>
    </message>
</context>
<context>
    <name>valuator::QualityHeader</name>
    <message>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>Gate
%1</source>
        <translation>Gate
%1</translation>
    </message>
    <message>
        <source>Quality gate: the worse of the quality checks and the data contract.</source>
        <translation>Qualitäts-Gate: das schlechtere Ergebnis aus Qualitätsprüfungen und Datenvertrag.</translation>
    </message>
    <message>
        <source>freshness unknown (no sale dates)</source>
        <translation>Aktualität unbekannt (kein Verkaufsdatum vorhanden)</translation>
    </message>
    <message numerus="yes">
        <source>newest sale %1 (%n day(s) before the reference date)</source>
        <translation>
            <numerusform>neuester Verkauf %1 (%n Tag vor dem Referenzdatum)</numerusform>
            <numerusform>neuester Verkauf %1 (%n Tage vor dem Referenzdatum)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1@%2&lt;/b&gt; · %3 rows · %4 columns · %5&lt;br&gt;Contract “%6” version %7 · checked %8 by %9 · %10</source>
        <translation>&lt;b&gt;%1@%2&lt;/b&gt; · %3 Zeilen · %4 Spalten · %5&lt;br&gt;Vertrag „%6“ Version %7 · geprüft %8 von %9 · %10</translation>
    </message>
    <message>
        <source>stored report (drill-down shows its samples)</source>
        <translation>gespeicherter Bericht (die Detailansicht zeigt seine Stichproben)</translation>
    </message>
    <message>
        <source>run in this session</source>
        <translation>in dieser Sitzung ausgeführt</translation>
    </message>
    <message>
        <source>Checks: %1 fail, %2 warn, %3 pass · Contract rules: %4 fail, %5 warn, %6 pass</source>
        <translation>Prüfungen: %1 nicht bestanden, %2 mit Warnung, %3 bestanden · Vertragsregeln: %4 nicht bestanden, %5 mit Warnung, %6 bestanden</translation>
    </message>
    <message>
        <source>The quality gate failed. Training on this version needs an explicit override with a reason, which is recorded in the audit log. Fix the problems on the Fixes tab (a new, cleaned version), or give the override when you start training.</source>
        <translation>Das Qualitäts-Gate ist gescheitert. Das Training mit dieser Version erfordert ein ausdrückliches Übergehen mit Begründung, das im Audit-Protokoll festgehalten wird. Beheben Sie die Probleme auf der Registerkarte „Korrekturen“ (eine neue, bereinigte Version) oder geben Sie das Übergehen beim Start des Trainings an.</translation>
    </message>
</context>
<context>
    <name>valuator::QualityPage</name>
    <message>
        <source>C&amp;ontract…</source>
        <translation>Ve&amp;rtrag…</translation>
    </message>
    <message>
        <source>&amp;Run checks</source>
        <translation>&amp;Prüfungen ausführen</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation>Prüf&amp;ungen</translation>
    </message>
    <message>
        <source>Co&amp;lumns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;Drift</source>
        <translation>Dri&amp;ft</translation>
    </message>
    <message>
        <source>&amp;Fixes</source>
        <translation>&amp;Korrekturen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Data Quality&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Datenqualität&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Dataset &amp;version:</source>
        <translation>Datensatzv&amp;ersion:</translation>
    </message>
    <message>
        <source>Check against another data contract (ODCS v3 YAML) instead of the shipped default.</source>
        <translation>Gegen einen anderen Datenvertrag (ODCS-v3-YAML) statt des mitgelieferten Standards prüfen.</translation>
    </message>
    <message>
        <source>Profile the version, run the quality checks and the data contract, and store the report with its gate. The reference date is today.</source>
        <translation>Die Version profilieren, die Qualitätsprüfungen und den Datenvertrag ausführen und den Bericht mit seinem Gate speichern. Das Referenzdatum ist heute.</translation>
    </message>
    <message>
        <source>Write the report shown, with its charts, as an HTML or PDF file.</source>
        <translation>Den angezeigten Bericht mit seinen Diagrammen als HTML- oder PDF-Datei schreiben.</translation>
    </message>
    <message>
        <source>No datasets yet. Import a CSV file on the Import page.</source>
        <translation>Noch keine Datensätze. Importieren Sie eine CSV-Datei auf der Seite „Import“.</translation>
    </message>
    <message>
        <source>No workspace open. Use File ▸ New Workspace or File ▸ Open Workspace.</source>
        <translation>Kein Arbeitsbereich geöffnet. Verwenden Sie Datei ▸ Neuer Arbeitsbereich oder Datei ▸ Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>%1 has not been checked yet. Press “Run checks”.</source>
        <translation>%1 wurde noch nicht geprüft. Klicken Sie auf „Prüfungen ausführen“.</translation>
    </message>
    <message>
        <source>Contract: shipped default</source>
        <translation>Vertrag: mitgelieferter Standard</translation>
    </message>
    <message>
        <source>Contract: %1</source>
        <translation>Vertrag: %1</translation>
    </message>
    <message>
        <source>The default data contract shipped with Car Valuator.</source>
        <translation>Der mit Car Valuator mitgelieferte Standard-Datenvertrag.</translation>
    </message>
    <message>
        <source>Choose a data contract</source>
        <translation>Datenvertrag auswählen</translation>
    </message>
    <message>
        <source>Data contracts (*.yaml *.yml);;All files (*)</source>
        <translation>Datenverträge (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation>%1 prüfen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Export quality report</source>
        <translation>Qualitätsbericht exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;HTML page (*.html)</source>
        <translation>PDF-Dokument (*.pdf);;HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>There is no report to export: run the checks first.</source>
        <translation>Es gibt keinen Bericht zum Exportieren: führen Sie zuerst die Prüfungen aus.</translation>
    </message>
</context>
<context>
    <name>valuator::RejectsModel</name>
    <message>
        <source>(whole row)</source>
        <translation>(ganze Zeile)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Raw value</source>
        <translation>Rohwert</translation>
    </message>
</context>
<context>
    <name>valuator::RejectsTab</name>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Load the next %1 rejected rows.</source>
        <translation>Die nächsten %1 abgelehnten Zeilen laden.</translation>
    </message>
    <message>
        <source>Save every rejected row of this version as a CSV file.</source>
        <translation>Alle abgelehnten Zeilen dieser Version als CSV-Datei speichern.</translation>
    </message>
    <message>
        <source>Select a dataset version to see the rows its import rejected.</source>
        <translation>Wählen Sie eine Datensatzversion, um die beim Import abgelehnten Zeilen zu sehen.</translation>
    </message>
    <message>
        <source>No rows were rejected when %1 was imported.</source>
        <translation>Beim Import von %1 wurden keine Zeilen abgelehnt.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 rejected entries of %3.</source>
        <translation>%1 von %2 abgelehnten Einträgen von %3 werden angezeigt.</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message>
        <source>%1-rejects.csv</source>
        <translation>%1-abgelehnt.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export rejected rows of %1</source>
        <translation>Abgelehnte Zeilen von %1 exportieren</translation>
    </message>
    <message>
        <source>Reading rejected rows…</source>
        <translation>Abgelehnte Zeilen werden gelesen…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Datei wird geschrieben…</translation>
    </message>
    <message>
        <source>Exported %1 rejected entries to %2.</source>
        <translation>%1 abgelehnte Einträge nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>valuator::RunTableModel</name>
    <message>
        <source>Trained despite a failed quality gate: %1</source>
        <translation>Trotz gescheitertem Qualitäts-Gate trainiert: %1</translation>
    </message>
    <message>
        <source>%1 out-of-fold predictions</source>
        <translation>%1 Out-of-Fold-Vorhersagen</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Lernverfahren</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
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
        <translation>Innerhalb ±10 %</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>valuator::SampleAnalyzer</name>
    <message numerus="yes">
        <source>The first row holds names above %n numeric or date column(s).</source>
        <translation>
            <numerusform>Die erste Zeile enthält Namen über %n numerischen oder Datumsspalte.</numerusform>
            <numerusform>Die erste Zeile enthält Namen über %n numerischen oder Datumsspalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first row&apos;s values are distinct and do not recur below, so they are taken as names.</source>
        <translation>Die Werte der ersten Zeile sind verschieden und kommen darunter nicht erneut vor, daher werden sie als Namen verwendet.</translation>
    </message>
    <message>
        <source>The sample is empty.</source>
        <translation>Die Stichprobe ist leer.</translation>
    </message>
    <message>
        <source>The first row looks like data; columns are named column_1, column_2, ...</source>
        <translation>Die erste Zeile sieht nach Daten aus; die Spalten heißen column_1, column_2, ...</translation>
    </message>
    <message>
        <source>Both &apos;.&apos; (%1 values) and &apos;,&apos; (%2 values) are used as decimal separator; &apos;%3&apos; is used.</source>
        <translation>Sowohl &apos;.&apos; (%1 Werte) als auch &apos;,&apos; (%2 Werte) werden als Dezimaltrennzeichen verwendet; &apos;%3&apos; wird genommen.</translation>
    </message>
    <message>
        <source>Numbers like 1,234 could use &apos;,&apos; as decimal or grouping separator; please check: %1.</source>
        <translation>Zahlen wie 1,234 können &apos;,&apos; als Dezimal- oder Tausendertrennzeichen verwenden; bitte prüfen: %1.</translation>
    </message>
    <message>
        <source>No number shows its separators; assuming %1.</source>
        <translation>Keine Zahl zeigt ihre Trennzeichen; angenommen wird %1.</translation>
    </message>
    <message>
        <source>Numbers are written like %1.</source>
        <translation>Zahlen werden wie %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>valuator::SourceEditor</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>Constant…</source>
        <translation>Konstante…</translation>
    </message>
    <message>
        <source>Indicator columns…</source>
        <translation>Indikatorspalten…</translation>
    </message>
    <message>
        <source>Constant value</source>
        <translation>Konstanter Wert</translation>
    </message>
    <message>
        <source>value, e.g. 2005</source>
        <translation>Wert, z. B. 2005</translation>
    </message>
    <message>
        <source>The same value for every row. Press Enter to apply.</source>
        <translation>Derselbe Wert für jede Zeile. Mit der Eingabetaste übernehmen.</translation>
    </message>
    <message>
        <source>%1 (not in this file)</source>
        <translation>%1 (nicht in dieser Datei)</translation>
    </message>
    <message>
        <source>Indicators: %1</source>
        <translation>Indikatoren: %1</translation>
    </message>
</context>
<context>
    <name>valuator::TableModel</name>
    <message>
        <source>Source line</source>
        <translation>Quellzeile</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Kein Wert</translation>
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
        <translation>Ein Modell trainieren</translation>
    </message>
    <message>
        <source>&amp;Advanced…</source>
        <translation>Er&amp;weitert…</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <source>XGBoost (gradient-boosted trees)</source>
        <translation>XGBoost (Gradient-Boosting-Bäume)</translation>
    </message>
    <message>
        <source>Linear (ridge regression)</source>
        <translation>Linear (Ridge-Regression)</translation>
    </message>
    <message>
        <source>Baseline (group medians)</source>
        <translation>Basismodell (Gruppenmediane)</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Schnell</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>Accurate</source>
        <translation>Genau</translation>
    </message>
    <message>
        <source>Time (newest 20 % as test)</source>
        <translation>Zeit (neueste 20 % als Test)</translation>
    </message>
    <message>
        <source>K-fold (random)</source>
        <translation>K-fach (zufällig)</translation>
    </message>
    <message>
        <source>Grouped by plate</source>
        <translation>Nach Kennzeichen gruppiert</translation>
    </message>
    <message>
        <source>How rows are held out for validation. Time is the honest default for valuation; grouping by plate keeps resales of one car on one side.</source>
        <translation>Wie Zeilen für die Validierung zurückgehalten werden. Zeit ist der ehrliche Standard für Bewertungen; die Gruppierung nach Kennzeichen hält Wiederverkäufe eines Fahrzeugs auf einer Seite.</translation>
    </message>
    <message>
        <source>Edit every parameter of the learner; values are checked before training.</source>
        <translation>Alle Parameter des Lernverfahrens bearbeiten; die Werte werden vor dem Training geprüft.</translation>
    </message>
    <message>
        <source>Validate the learner with the chosen split and train the final model, in the background.</source>
        <translation>Das Lernverfahren mit der gewählten Aufteilung validieren und das endgültige Modell trainieren, im Hintergrund.</translation>
    </message>
    <message>
        <source>Dataset &amp;version:</source>
        <translation>Datensatzv&amp;ersion:</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>&amp;Lernverfahren:</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>V&amp;oreinstellung:</translation>
    </message>
    <message>
        <source>&amp;Split:</source>
        <translation>A&amp;ufteilung:</translation>
    </message>
    <message>
        <source>&amp;Folds:</source>
        <translation>&amp;Folds:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <source>Preset values</source>
        <translation>Werte der Voreinstellung</translation>
    </message>
    <message>
        <source>Overrides: %1</source>
        <translation>Überschrieben: %1</translation>
    </message>
</context>
<context>
    <name>valuator::VersionCombo</name>
    <message>
        <source>%1 · %2 rows</source>
        <translation>%1 · %2 Zeilen</translation>
    </message>
    <message>
        <source>No datasets yet: import a CSV first</source>
        <translation>Noch keine Datensätze: zuerst eine CSV-Datei importieren</translation>
    </message>
</context>
<context>
    <name>valuator::VersionDetails</name>
    <message>
        <source>Source and lineage</source>
        <translation>Quelle und Herkunft</translation>
    </message>
    <message>
        <source>Source file:</source>
        <translation>Quelldatei:</translation>
    </message>
    <message>
        <source>File size:</source>
        <translation>Dateigröße:</translation>
    </message>
    <message>
        <source>File SHA-256:</source>
        <translation>Datei-SHA-256:</translation>
    </message>
    <message>
        <source>Content SHA-256:</source>
        <translation>Inhalts-SHA-256:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Parent version:</source>
        <translation>Übergeordnete Version:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>CSV dialect</source>
        <translation>CSV-Dialekt</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Zeichenkodierung:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Decimal separator:</source>
        <translation>Dezimaltrennzeichen:</translation>
    </message>
    <message>
        <source>Thousands separator:</source>
        <translation>Tausendertrennzeichen:</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Kopfzeile:</translation>
    </message>
    <message>
        <source>Line endings:</source>
        <translation>Zeilenenden:</translation>
    </message>
    <message>
        <source>Date formats:</source>
        <translation>Datumsformate:</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Gelesene Zeilen:</translation>
    </message>
    <message>
        <source>Rows imported:</source>
        <translation>Importierte Zeilen:</translation>
    </message>
    <message>
        <source>Rows rejected:</source>
        <translation>Abgelehnte Zeilen:</translation>
    </message>
    <message>
        <source>Rows in version:</source>
        <translation>Zeilen in der Version:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Canonical field</source>
        <translation>Kanonisches Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>Quellspalte</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>None (first version)</source>
        <translation>Keine (erste Version)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no date columns</source>
        <translation>keine Datumsspalten</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Columns (%1)</source>
        <translation>Spalten (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>— extra column</source>
        <translation>— zusätzliche Spalte</translation>
    </message>
</context>
<context>
    <name>valuator::XyChartView</name>
    <message>
        <source>%1: no data to show.</source>
        <translation>%1: keine Daten zum Anzeigen.</translation>
    </message>
</context>
</TS>
