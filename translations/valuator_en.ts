<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditCommand</name>
    <message numerus="yes">
        <source>Audit log intact: %n row(s) verified.</source>
        <translation>
            <numerusform>Audit log intact: %n row verified.</numerusform>
            <numerusform>Audit log intact: %n rows verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CleaningStep</name>
    <message numerus="yes">
        <source>Merge %n spelling variant(s) of %1</source>
        <translation>
            <numerusform>Merge %n spelling variant of %1</numerusform>
            <numerusform>Merge %n spelling variants of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetsCommand</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftAnalyzer</name>
    <message numerus="yes">
        <source>(other: %n categories)</source>
        <translation>
            <numerusform>(other: %n category)</numerusform>
            <numerusform>(other: %n categories)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplanationReport</name>
    <message numerus="yes">
        <source>&lt;h2&gt;Fairness: error by segment&lt;/h2&gt;&lt;p&gt;Checked on %1 at %2: overall MAPE %3 %, %n segment(s) flagged (segments with fewer than %4 cars are never flagged).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h2&gt;Fairness: error by segment&lt;/h2&gt;&lt;p&gt;Checked on %1 at %2: overall MAPE %3 %, %n segment flagged (segments with fewer than %4 cars are never flagged).&lt;/p&gt;</numerusform>
            <numerusform>&lt;h2&gt;Fairness: error by segment&lt;/h2&gt;&lt;p&gt;Checked on %1 at %2: overall MAPE %3 %, %n segments flagged (segments with fewer than %4 cars are never flagged).&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FairnessCommand</name>
    <message numerus="yes">
        <source>%n segment(s) flagged (MAPE above %1 x overall, at least %2 rows).</source>
        <translation>
            <numerusform>%n segment flagged (MAPE above %1 x overall, at least %2 rows).</numerusform>
            <numerusform>%n segments flagged (MAPE above %1 x overall, at least %2 rows).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PredictCommand</name>
    <message numerus="yes">
        <source>  %1: %n row(s) with a category the model never saw (scored as missing)</source>
        <translation>
            <numerusform>  %1: %n row with a category the model never saw (scored as missing)</numerusform>
            <numerusform>  %1: %n rows with a category the model never saw (scored as missing)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityCharts</name>
    <message numerus="yes">
        <source>central 99 %: %n row(s) below and %1 above the axis not shown</source>
        <translation>
            <numerusform>central 99 %: %n row below and %1 above the axis not shown</numerusform>
            <numerusform>central 99 %: %n rows below and %1 above the axis not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityReportHtml</name>
    <message numerus="yes">
        <source>%1 (%n day(s) before the reference date)</source>
        <translation>
            <numerusform>%1 (%n day before the reference date)</numerusform>
            <numerusform>%1 (%n days before the reference date)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Waterfall</name>
    <message numerus="yes">
        <source>%n other feature(s)</source>
        <translation>
            <numerusform>%n other feature</numerusform>
            <numerusform>%n other features</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::ColumnProfiler</name>
    <message numerus="yes">
        <source>Confirmed as %1; %n value(s) cannot be read (first at line %2).</source>
        <translation>
            <numerusform>Confirmed as %1; %n value cannot be read (first at line %2).</numerusform>
            <numerusform>Confirmed as %1; %n values cannot be read (first at line %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sample suggested %1; the whole column needs %2 (%n value(s) from line %3 on).</source>
        <translation>
            <numerusform>The sample suggested %1; the whole column needs %2 (%n value from line %3 on).</numerusform>
            <numerusform>The sample suggested %1; the whole column needs %2 (%n values from line %3 on).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sample suggested %1, but the whole column is %2: %n value(s) do not fit (first at line %3).</source>
        <translation>
            <numerusform>The sample suggested %1, but the whole column is %2: %n value does not fit (first at line %3).</numerusform>
            <numerusform>The sample suggested %1, but the whole column is %2: %n values do not fit (first at line %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) such as &quot;%1&quot; were read as whole numbers with &apos;%2&apos; grouping thousands (first at line %3).</source>
        <translation>
            <numerusform>%n value such as &quot;%1&quot; was read as a whole number with &apos;%2&apos; grouping thousands (first at line %3).</numerusform>
            <numerusform>%n values such as &quot;%1&quot; were read as whole numbers with &apos;%2&apos; grouping thousands (first at line %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) such as &quot;%1&quot; have a fraction among whole numbers (first at line %2).</source>
        <translation>
            <numerusform>%n value such as &quot;%1&quot; has a fraction among whole numbers (first at line %2).</numerusform>
            <numerusform>%n values such as &quot;%1&quot; have a fraction among whole numbers (first at line %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) were written with a unit (mostly %1); %2 converted (first at line %3).</source>
        <translation>
            <numerusform>%n value was written with a unit (mostly %1); %2 converted (first at line %3).</numerusform>
            <numerusform>%n values were written with a unit (mostly %1); %2 converted (first at line %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) carry a unit of another kind than %1.</source>
        <translation>
            <numerusform>%n value carries a unit of another kind than %1.</numerusform>
            <numerusform>%n values carry a unit of another kind than %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) fit both dd/mm/yyyy and mm/dd/yyyy; choose the order.</source>
        <translation>
            <numerusform>%n date fits both dd/mm/yyyy and mm/dd/yyyy; choose the order.</numerusform>
            <numerusform>%n dates fit both dd/mm/yyyy and mm/dd/yyyy; choose the order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) in other formats (%1) were read too (first at line %2).</source>
        <translation>
            <numerusform>%n date in another format (%1) was read too (first at line %2).</numerusform>
            <numerusform>%n dates in other formats (%1) were read too (first at line %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) could be dd/mm/yyyy or mm/dd/yyyy and are not read (first at line %1).</source>
        <translation>
            <numerusform>%n date could be dd/mm/yyyy or mm/dd/yyyy and is not read (first at line %1).</numerusform>
            <numerusform>%n dates could be dd/mm/yyyy or mm/dd/yyyy and are not read (first at line %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) in another format are not read (first at line %1).</source>
        <translation>
            <numerusform>%n date in another format is not read (first at line %1).</numerusform>
            <numerusform>%n dates in another format are not read (first at line %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) had surrounding spaces; they are trimmed (first at line %1).</source>
        <translation>
            <numerusform>%n value had surrounding spaces; they are trimmed (first at line %1).</numerusform>
            <numerusform>%n values had surrounding spaces; they are trimmed (first at line %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are not numbers, e.g. &quot;%1&quot; (first at line %2).</source>
        <translation>
            <numerusform>%n value is not a number, e.g. &quot;%1&quot; (first at line %2).</numerusform>
            <numerusform>%n values are not numbers, e.g. &quot;%1&quot; (first at line %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are dates, not numbers, e.g. &quot;%1&quot; (first at line %2).</source>
        <translation>
            <numerusform>%n value is a date, not a number, e.g. &quot;%1&quot; (first at line %2).</numerusform>
            <numerusform>%n values are dates, not numbers, e.g. &quot;%1&quot; (first at line %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are not dates, e.g. &quot;%1&quot; (first at line %2).</source>
        <translation>
            <numerusform>%n value is not a date, e.g. &quot;%1&quot; (first at line %2).</numerusform>
            <numerusform>%n values are not dates, e.g. &quot;%1&quot; (first at line %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are numbers, not dates, e.g. &quot;%1&quot; (first at line %2).</source>
        <translation>
            <numerusform>%n value is a number, not a date, e.g. &quot;%1&quot; (first at line %2).</numerusform>
            <numerusform>%n values are numbers, not dates, e.g. &quot;%1&quot; (first at line %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mostly numbers or dates, but %n value(s) are text, e.g. &quot;%1&quot; (first at line %2); kept as text.</source>
        <translation>
            <numerusform>Mostly numbers or dates, but %n value is text, e.g. &quot;%1&quot; (first at line %2); kept as text.</numerusform>
            <numerusform>Mostly numbers or dates, but %n values are text, e.g. &quot;%1&quot; (first at line %2); kept as text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::DatasetsPage</name>
    <message numerus="yes">
        <source>Delete the dataset “%1” with all its %n version(s)?</source>
        <translation>
            <numerusform>Delete the dataset “%1” with its %n version?</numerusform>
            <numerusform>Delete the dataset “%1” with all its %n versions?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::DialectPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;Sample:&lt;/b&gt; read the whole file (%1); %n record(s) analysed.</source>
        <translation>
            <numerusform>&lt;b&gt;Sample:&lt;/b&gt; read the whole file (%1); %n record analysed.</numerusform>
            <numerusform>&lt;b&gt;Sample:&lt;/b&gt; read the whole file (%1); %n records analysed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Sample:&lt;/b&gt; read the first %1; %n record(s) analysed.</source>
        <translation>
            <numerusform>&lt;b&gt;Sample:&lt;/b&gt; read the first %1; %n record analysed.</numerusform>
            <numerusform>&lt;b&gt;Sample:&lt;/b&gt; read the first %1; %n records analysed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::DriftTab</name>
    <message numerus="yes">
        <source>%n categories; %1 of the current rows have a value the reference never had.</source>
        <translation>
            <numerusform>%n category; %1 of the current rows have a value the reference never had.</numerusform>
            <numerusform>%n categories; %1 of the current rows have a value the reference never had.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::FairnessTab</name>
    <message numerus="yes">
        <source>Latest check on %1 (%2, by %3): %4 cars, overall MAPE %5 %, %n segment(s) flagged. Segments with fewer than %6 cars are never flagged.</source>
        <translation>
            <numerusform>Latest check on %1 (%2, by %3): %4 cars, overall MAPE %5 %, %n segment flagged. Segments with fewer than %6 cars are never flagged.</numerusform>
            <numerusform>Latest check on %1 (%2, by %3): %4 cars, overall MAPE %5 %, %n segments flagged. Segments with fewer than %6 cars are never flagged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::FixStepsModel</name>
    <message numerus="yes">
        <source>Removes the %n row(s) with impossible values the checks found.</source>
        <translation>
            <numerusform>Removes the %n row with impossible values the checks found.</numerusform>
            <numerusform>Removes the %n rows with impossible values the checks found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removes up to %n row(s) with impossible values (a row may break several rules).</source>
        <translation>
            <numerusform>Removes up to %n row with impossible values (a row may break several rules).</numerusform>
            <numerusform>Removes up to %n rows with impossible values (a row may break several rules).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trims whitespace in the %n row(s) the checks found.</source>
        <translation>
            <numerusform>Trims whitespace in the %n row the checks found.</numerusform>
            <numerusform>Trims whitespace in the %n rows the checks found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rewrites the %n row(s) spelled differently to the canonical names (%1 mapped spellings).</source>
        <translation>
            <numerusform>Rewrites the %n row spelled differently to the canonical names (%1 mapped spellings).</numerusform>
            <numerusform>Rewrites the %n rows spelled differently to the canonical names (%1 mapped spellings).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removes %n row(s): later copies of earlier rows; the first copy stays.</source>
        <translation>
            <numerusform>Removes %n row: later copies of earlier rows; the first copy stays.</numerusform>
            <numerusform>Removes %n rows: later copies of earlier rows; the first copy stays.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marks %n row(s) with 1 in the new column “%1”; no row is removed.</source>
        <translation>
            <numerusform>Marks %n row with 1 in the new column “%1”; no row is removed.</numerusform>
            <numerusform>Marks %n rows with 1 in the new column “%1”; no row is removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removes %n price outlier row(s).</source>
        <translation>
            <numerusform>Removes %n price outlier row.</numerusform>
            <numerusform>Removes %n price outlier rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::FixesTab</name>
    <message numerus="yes">
        <source>Applying %n fix(es) to %1…</source>
        <translation>
            <numerusform>Applying %n fix to %1…</numerusform>
            <numerusform>Applying %n fixes to %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::ImportPage</name>
    <message numerus="yes">
        <source>%n column(s); the first %1 data rows as the import will split them.</source>
        <translation>
            <numerusform>%n column; the first %1 data rows as the import will split them.</numerusform>
            <numerusform>%n columns; the first %1 data rows as the import will split them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::ImportPreviewModel</name>
    <message numerus="yes">
        <source>This row has %n field(s); the file has %1 columns.</source>
        <translation>
            <numerusform>This row has %n field; the file has %1 columns.</numerusform>
            <numerusform>This row has %n fields; the file has %1 columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::ImportResultPanel</name>
    <message numerus="yes">
        <source>%n rejected row(s) exported to %1.</source>
        <translation>
            <numerusform>%n rejected row exported to %1.</numerusform>
            <numerusform>%n rejected rows exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::MappingModel</name>
    <message numerus="yes">
        <source>Required field(s) not mapped: %1. Map a column or set a constant.</source>
        <translation>
            <numerusform>Required field not mapped: %1. Map a column or set a constant.</numerusform>
            <numerusform>Required fields not mapped: %1. Map a column or set a constant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one-hot, %n column(s)</source>
        <translation>
            <numerusform>one-hot, %n column</numerusform>
            <numerusform>one-hot, %n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::ModelsPage</name>
    <message numerus="yes">
        <source>Loading predictions of %n run(s)…</source>
        <translation>
            <numerusform>Loading predictions of %n run…</numerusform>
            <numerusform>Loading predictions of %n runs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n run(s). Wheel zooms, drag pans, right-click saves a chart.</source>
        <translation>
            <numerusform>Comparing %n run. Wheel zooms, drag pans, right-click saves a chart.</numerusform>
            <numerusform>Comparing %n runs. Wheel zooms, drag pans, right-click saves a chart.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::OverviewPage</name>
    <message numerus="yes">
        <source>Audit log intact: %n row(s) verified.</source>
        <translation>
            <numerusform>Audit log intact: %n row verified.</numerusform>
            <numerusform>Audit log intact: %n rows verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::QualityHeader</name>
    <message numerus="yes">
        <source>newest sale %1 (%n day(s) before the reference date)</source>
        <translation>
            <numerusform>newest sale %1 (%n day before the reference date)</numerusform>
            <numerusform>newest sale %1 (%n days before the reference date)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuator::SampleAnalyzer</name>
    <message numerus="yes">
        <source>The first row holds names above %n numeric or date column(s).</source>
        <translation>
            <numerusform>The first row holds names above %n numeric or date column.</numerusform>
            <numerusform>The first row holds names above %n numeric or date columns.</numerusform>
        </translation>
    </message>
</context>
</TS>
