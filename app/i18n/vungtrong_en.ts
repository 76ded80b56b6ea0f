<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>DemoOffer</name>
        <message>
            <source>Welcome to VungTrong</source>
            <translation>Welcome to VungTrong</translation>
        </message>
        <message>
            <source>&lt;b&gt;No project is open.&lt;/b&gt;</source>
            <translation>&lt;b&gt;No project is open.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>VungTrong is installed with a demo province project: zones, planting areas, cooperatives and investments whose totals are a province's published figures and whose geometry is synthetic.&lt;br&gt;&lt;br&gt;Open the demo, or a project of your own (.vtproj)?</source>
            <translation>VungTrong is installed with a demo province project: zones, planting areas, cooperatives and investments whose totals are a province's published figures and whose geometry is synthetic.&lt;br&gt;&lt;br&gt;Open the demo, or a project of your own (.vtproj)?</translation>
        </message>
        <message>
            <source>Open the &amp;demo</source>
            <translation>Open the &amp;demo</translation>
        </message>
        <message>
            <source>Open a &amp;project…</source>
            <translation>Open a &amp;project…</translation>
        </message>
        <message>
            <source>&amp;Start empty</source>
            <translation>&amp;Start empty</translation>
        </message>
    </context>
    <context>
        <name>Headless</name>
        <message>
            <source>no display; give a project to render: %1</source>
            <translation>no display; give a project to render: %1</translation>
        </message>
        <message>
            <source>cannot create %1</source>
            <translation>cannot create %1</translation>
        </message>
        <message>
            <source>map: %1</source>
            <translation>map: %1</translation>
        </message>
        <message>
            <source>statistics: %1</source>
            <translation>statistics: %1</translation>
        </message>
        <message>
            <source>statistics: none (%1)</source>
            <translation>statistics: none (%1)</translation>
        </message>
        <message>
            <source>data quality: %1 error(s), %2 warning(s), %3 note(s); `%4` lists them</source>
            <translation>data quality: %1 error(s), %2 warning(s), %3 note(s); `%4` lists them</translation>
        </message>
    </context>
    <context>
        <name>MapText</name>
        <message>
            <source>Planted coverage (% of zone)</source>
            <translation>Planted coverage (% of zone)</translation>
        </message>
        <message>
            <source>Planting areas by crop</source>
            <translation>Planting areas by crop</translation>
        </message>
        <message>
            <source>Other crops</source>
            <translation>Other crops</translation>
        </message>
        <message>
            <source>No statistics</source>
            <translation>No statistics</translation>
        </message>
        <message>
            <source>Cooperatives (area ∝ members)</source>
            <translation>Cooperatives (area ∝ members)</translation>
        </message>
        <message>
            <source>%1 members</source>
            <translation>%1 members</translation>
        </message>
        <message>
            <source>Has investments</source>
            <translation>Has investments</translation>
        </message>
        <message>
            <source>Province boundary</source>
            <translation>Province boundary</translation>
        </message>
        <message>
            <source>N</source>
            <comment>north arrow</comment>
            <translation>N</translation>
        </message>
        <message>
            <source>VungTrong — demo data, synthetic</source>
            <translation>VungTrong — demo data, synthetic</translation>
        </message>
        <message>
            <source>under %1</source>
            <translation>under %1</translation>
        </message>
        <message>
            <source>%1 or more</source>
            <translation>%1 or more</translation>
        </message>
        <message>
            <source>Small plots: share of land planted</source>
            <translation>Small plots: share of land planted</translation>
        </message>
        <message>
            <source>No value</source>
            <translation>No value</translation>
        </message>
    </context>
    <context>
        <name>StyleText</name>
        <message>
            <source>Layer “%1”: no field “%2” to label by</source>
            <translation>Layer “%1”: no field “%2” to label by</translation>
        </message>
        <message>
            <source>Layer “%1”: no field “%2” to classify by</source>
            <translation>Layer “%1”: no field “%2” to classify by</translation>
        </message>
        <message>
            <source>Other values</source>
            <translation>Other values</translation>
        </message>
        <message>
            <source>Layer “%1”: field “%2” holds no numbers to grade by</source>
            <translation>Layer “%1”: field “%2” holds no numbers to grade by</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::AddPostgisLayerDialog</name>
        <message>
            <source>Add PostGIS layer</source>
            <translation>Add PostGIS layer</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::CooperativesModel</name>
        <message>
            <source>outside every zone</source>
            <translation>outside every zone</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Cooperative</source>
            <translation>Cooperative</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>OCOP stars</source>
            <translation>OCOP stars</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>Planted (ha)</source>
            <translation>Planted (ha)</translation>
        </message>
        <message>
            <source>Investment (VND)</source>
            <translation>Investment (VND)</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::ExportLayerDialog</name>
        <message>
            <source>GeoJSON (RFC 7946, WGS 84)</source>
            <translation>GeoJSON (RFC 7946, WGS 84)</translation>
        </message>
        <message>
            <source>GeoJSON lines (big layers)</source>
            <translation>GeoJSON lines (big layers)</translation>
        </message>
        <message>
            <source>GeoPackage (project CRS)</source>
            <translation>GeoPackage (project CRS)</translation>
        </message>
        <message>
            <source>Shapefile (project CRS, UTF-8)</source>
            <translation>Shapefile (project CRS, UTF-8)</translation>
        </message>
        <message>
            <source>CSV table</source>
            <translation>CSV table</translation>
        </message>
        <message>
            <source>Excel workbook (XLSX)</source>
            <translation>Excel workbook (XLSX)</translation>
        </message>
        <message>
            <source>Export layer</source>
            <translation>Export layer</translation>
        </message>
        <message>
            <source>Add linked attributes (measured ha, cooperative, zone, investments)</source>
            <translation>Add linked attributes (measured ha, cooperative, zone, investments)</translation>
        </message>
        <message>
            <source>All features</source>
            <translation>All features</translation>
        </message>
        <message>
            <source>Features in zone</source>
            <translation>Features in zone</translation>
        </message>
        <message>
            <source>Clip to the zone</source>
            <translation>Clip to the zone</translation>
        </message>
        <message>
            <source>Decimals of longitude and latitude; 7 decimals are about 1 cm.</source>
            <translation>Decimals of longitude and latitude; 7 decimals are about 1 cm.</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Layer:</source>
            <translation>Layer:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Features:</source>
            <translation>Features:</translation>
        </message>
        <message>
            <source>Coordinate decimals:</source>
            <translation>Coordinate decimals:</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message numerus="yes">
            <source>Selected features (%n)</source>
            <translation>
                <numerusform>Selected features (%n)</numerusform>
                <numerusform>Selected features (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>PostGIS table (shared database)</source>
            <translation>PostGIS table (shared database)</translation>
        </message>
        <message>
            <source>Replace the table if it exists (in one transaction)</source>
            <translation>Replace the table if it exists (in one transaction)</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Database:</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::IdentifyPanel</name>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Click a planting area, a cooperative or a zone on the map.</source>
            <translation>Click a planting area, a cooperative or a zone on the map.</translation>
        </message>
        <message>
            <source>All attributes</source>
            <translation>All attributes</translation>
        </message>
        <message>
            <source>Investments</source>
            <translation>Investments</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Investment</source>
            <translation>Investment</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>OCOP</source>
            <translation>OCOP</translation>
        </message>
        <message>
            <source>%1 stars</source>
            <translation>%1 stars</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>outside every zone</source>
            <translation>outside every zone</translation>
        </message>
        <message>
            <source>Planting area</source>
            <translation>Planting area</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Crop</source>
            <translation>Crop</translation>
        </message>
        <message>
            <source>Measured area (ha)</source>
            <translation>Measured area (ha)</translation>
        </message>
        <message>
            <source>Declared area (ha)</source>
            <translation>Declared area (ha)</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>not given</translation>
        </message>
        <message>
            <source>Measured − declared (ha)</source>
            <translation>Measured − declared (ha)</translation>
        </message>
        <message>
            <source>Cooperative</source>
            <translation>Cooperative</translation>
        </message>
        <message>
            <source>not linked (key: %1)</source>
            <translation>not linked (key: %1)</translation>
        </message>
        <message>
            <source>by key</source>
            <translation>by key</translation>
        </message>
        <message>
            <source>inferred: inside</source>
            <translation>inferred: inside</translation>
        </message>
        <message>
            <source>inferred: nearest, %1 m</source>
            <translation>inferred: nearest, %1 m</translation>
        </message>
        <message>
            <source>Linked</source>
            <translation>Linked</translation>
        </message>
        <message>
            <source>Investments of the cooperative</source>
            <translation>Investments of the cooperative</translation>
        </message>
        <message>
            <source>Planting areas</source>
            <translation>Planting areas</translation>
        </message>
        <message>
            <source>Planted area (ha)</source>
            <translation>Planted area (ha)</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>Zone area (ha)</source>
            <translation>Zone area (ha)</translation>
        </message>
        <message>
            <source>Gross planted (ha)</source>
            <translation>Gross planted (ha)</translation>
        </message>
        <message>
            <source>Net planted (ha)</source>
            <translation>Net planted (ha)</translation>
        </message>
        <message>
            <source>Coverage (%)</source>
            <translation>Coverage (%)</translation>
        </message>
        <message>
            <source>Cooperatives</source>
            <translation>Cooperatives</translation>
        </message>
        <message>
            <source>Investment (VND)</source>
            <translation>Investment (VND)</translation>
        </message>
        <message>
            <source>By crop</source>
            <translation>By crop</translation>
        </message>
        <message>
            <source>%1 ha net, %2 codes</source>
            <translation>%1 ha net, %2 codes</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>not available</translation>
        </message>
        <message>
            <source>Cooperatives holding planting areas here</source>
            <translation>Cooperatives holding planting areas here</translation>
        </message>
        <message>
            <source>not linked to a cooperative</source>
            <translation>not linked to a cooperative</translation>
        </message>
        <message numerus="yes">
            <source>%1 ha, %n code(s)</source>
            <translation>
                <numerusform>%1 ha, %n codes</numerusform>
                <numerusform>%1 ha, %n codes</numerusform>
            </translation>
        </message>
        <message>
            <source>not measured: no boundary (a point)</source>
            <translation>not measured: no boundary (a point)</translation>
        </message>
        <message>
            <source>feature %1</source>
            <translation>feature %1</translation>
        </message>
        <message>
            <source>Under the click</source>
            <translation>Under the click</translation>
        </message>
        <message>
            <source>Double-click to show this cooperative</source>
            <translation>Double-click to show this cooperative</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::LayersPanel</name>
        <message>
            <source>Opacity</source>
            <translation>Opacity</translation>
        </message>
        <message>
            <source>Move up (draw later)</source>
            <translation>Move up (draw later)</translation>
        </message>
        <message>
            <source>Move down (draw earlier)</source>
            <translation>Move down (draw earlier)</translation>
        </message>
        <message>
            <source>Zoom to layer</source>
            <translation>Zoom to layer</translation>
        </message>
        <message>
            <source>Open attribute table</source>
            <translation>Open attribute table</translation>
        </message>
        <message>
            <source>Table without geometry</source>
            <translation>Table without geometry</translation>
        </message>
        <message>
            <source>Outside the project folder: %1</source>
            <translation>Outside the project folder: %1</translation>
        </message>
        <message>
            <source>Network source: %1</source>
            <translation>Network source: %1</translation>
        </message>
        <message>
            <source>Style…</source>
            <translation>Style…</translation>
        </message>
        <message>
            <source>Fill, stroke, labels and classes of the layer</source>
            <translation>Fill, stroke, labels and classes of the layer</translation>
        </message>
        <message>
            <source>Background raster, drawn under every layer</source>
            <translation>Background raster, drawn under every layer</translation>
        </message>
        <message>
            <source>Cannot be drawn: %1</source>
            <translation>Cannot be drawn: %1</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::MainWindow</name>
        <message>
            <source>%1° E, %2° N</source>
            <translation>%1° E, %2° N</translation>
        </message>
        <message>
            <source>X %1 m, Y %2 m (%3)</source>
            <translation>X %1 m, Y %2 m (%3)</translation>
        </message>
        <message>
            <source>Rendered in %1 ms</source>
            <translation>Rendered in %1 ms</translation>
        </message>
        <message>
            <source>About VungTrong</source>
            <translation>About VungTrong</translation>
        </message>
        <message>
            <source>&lt;b&gt;VungTrong&lt;/b&gt; %1&lt;br&gt;Planting areas, cooperatives and investments of a province.&lt;br&gt;Statistics are computed by the geo library (GDAL, PROJ, GEOS); the demo data is synthetic.</source>
            <translation>&lt;b&gt;VungTrong&lt;/b&gt; %1&lt;br&gt;Planting areas, cooperatives and investments of a province.&lt;br&gt;Statistics are computed by the geo library (GDAL, PROJ, GEOS); the demo data is synthetic.</translation>
        </message>
        <message>
            <source>Nothing found for “%1”</source>
            <translation>Nothing found for “%1”</translation>
        </message>
        <message>
            <source>VungTrong — planting areas</source>
            <translation>VungTrong — planting areas</translation>
        </message>
        <message>
            <source>%1 — VungTrong</source>
            <translation>%1 — VungTrong</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Open project…</source>
            <translation>&amp;Open project…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <source>&amp;Add layer…</source>
            <translation>&amp;Add layer…</translation>
        </message>
        <message>
            <source>&amp;Save project</source>
            <translation>&amp;Save project</translation>
        </message>
        <message>
            <source>Save project &amp;as…</source>
            <translation>Save project &amp;as…</translation>
        </message>
        <message>
            <source>Export map as &amp;PNG…</source>
            <translation>Export map as &amp;PNG…</translation>
        </message>
        <message>
            <source>Export map as P&amp;DF…</source>
            <translation>Export map as P&amp;DF…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Zoom &amp;in</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Zoom &amp;out</translation>
        </message>
        <message>
            <source>&amp;Full extent</source>
            <translation>&amp;Full extent</translation>
        </message>
        <message>
            <source>Show la&amp;bels</source>
            <translation>Show la&amp;bels</translation>
        </message>
        <message>
            <source>&amp;Layer</source>
            <translation>&amp;Layer</translation>
        </message>
        <message>
            <source>&amp;Attribute table</source>
            <translation>&amp;Attribute table</translation>
        </message>
        <message>
            <source>&amp;Zoom to layer</source>
            <translation>&amp;Zoom to layer</translation>
        </message>
        <message>
            <source>L&amp;anguage</source>
            <translation>L&amp;anguage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About VungTrong</source>
            <translation>&amp;About VungTrong</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>Layers</translation>
        </message>
        <message>
            <source>Statistics by zone</source>
            <translation>Statistics by zone</translation>
        </message>
        <message>
            <source>Identify</source>
            <translation>Identify</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <source>Attributes: %1</source>
            <translation>Attributes: %1</translation>
        </message>
        <message>
            <source>Province: %1 codes, %2 ha gross, %3 ha net; %4 cooperatives, %5 members; investments %6 VND.</source>
            <translation>Province: %1 codes, %2 ha gross, %3 ha net; %4 cooperatives, %5 members; investments %6 VND.</translation>
        </message>
        <message>
            <source>Statistics could not be computed: %1</source>
            <translation>Statistics could not be computed: %1</translation>
        </message>
        <message>
            <source>No zones layer: no statistics.</source>
            <translation>No zones layer: no statistics.</translation>
        </message>
        <message>
            <source>Scale 1:%1</source>
            <translation>Scale 1:%1</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Opening %1…</translation>
        </message>
        <message>
            <source>Opening cancelled.</source>
            <translation>Opening cancelled.</translation>
        </message>
        <message>
            <source>Cannot open project</source>
            <translation>Cannot open project</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>Repaired [%1] feature %2: %3</source>
            <translation>Repaired [%1] feature %2: %3</translation>
        </message>
        <message numerus="yes">
            <source>%n layer(s) could not be read: see Messages.</source>
            <translation>
                <numerusform>%n layers could not be read: see Messages.</numerusform>
                <numerusform>%n layers could not be read: see Messages.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add layer</source>
            <translation>Add layer</translation>
        </message>
        <message>
            <source>Layer of %1:</source>
            <translation>Layer of %1:</translation>
        </message>
        <message>
            <source>Cannot add layer</source>
            <translation>Cannot add layer</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Reading %1…</translation>
        </message>
        <message>
            <source>The file does not say its coordinate system. Guessed: %1
(%2)

Confirm or enter another (e.g. EPSG:9209):</source>
            <translation>The file does not say its coordinate system. Guessed: %1
(%2)

Confirm or enter another (e.g. EPSG:9209):</translation>
        </message>
        <message>
            <source>The file does not say its coordinate system and it could not be guessed. Enter one (e.g. EPSG:9209):</source>
            <translation>The file does not say its coordinate system and it could not be guessed. Enter one (e.g. EPSG:9209):</translation>
        </message>
        <message>
            <source>Coordinate system of %1</source>
            <translation>Coordinate system of %1</translation>
        </message>
        <message>
            <source>No coordinate system given.</source>
            <translation>No coordinate system given.</translation>
        </message>
        <message>
            <source>Untitled project</source>
            <translation>Untitled project</translation>
        </message>
        <message>
            <source>Updating the map…</source>
            <translation>Updating the map…</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <source>Cannot save project</source>
            <translation>Cannot save project</translation>
        </message>
        <message>
            <source>Save project</source>
            <translation>Save project</translation>
        </message>
        <message>
            <source>VungTrong projects (*.vtproj)</source>
            <translation>VungTrong projects (*.vtproj)</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Open project</translation>
        </message>
        <message>
            <source>Layers (*.shp *.gpkg *.geojson *.json *.csv *.xlsx);;All files (*)</source>
            <translation>Layers (*.shp *.gpkg *.geojson *.json *.csv *.xlsx);;All files (*)</translation>
        </message>
        <message>
            <source>Cannot export the map</source>
            <translation>Cannot export the map</translation>
        </message>
        <message>
            <source>Map exported to %1</source>
            <translation>Map exported to %1</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG images (*.png)</translation>
        </message>
        <message>
            <source>Export map</source>
            <translation>Export map</translation>
        </message>
        <message>
            <source>Export statistics</source>
            <translation>Export statistics</translation>
        </message>
        <message>
            <source>Cannot export statistics</source>
            <translation>Cannot export statistics</translation>
        </message>
        <message>
            <source>Show &amp;legend on the map</source>
            <translation>Show &amp;legend on the map</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legend</translation>
        </message>
        <message>
            <source>Export &amp;statistics (CSV, XLSX)…</source>
            <translation>Export &amp;statistics (CSV, XLSX)…</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV table of the zones (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV table of the zones (*.csv)</translation>
        </message>
        <message>
            <source>No project is open.</source>
            <translation>No project is open.</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>Wrote %1</translation>
        </message>
        <message>
            <source>Exporting %1…</source>
            <translation>Exporting %1…</translation>
        </message>
        <message>
            <source>Export cancelled; any earlier file is unchanged.</source>
            <translation>Export cancelled; any earlier file is unchanged.</translation>
        </message>
        <message>
            <source>Cannot export layer</source>
            <translation>Cannot export layer</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n feature(s) to %1</source>
            <translation>
                <numerusform>Wrote %n features to %1</numerusform>
                <numerusform>Wrote %n features to %1</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>add layer %1</source>
            <translation>add layer %1</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Undo %1</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Redo %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Text encoding of %1</source>
            <translation>Text encoding of %1</translation>
        </message>
        <message>
            <source>The file does not say how its text is encoded. %1
First text as decoded: “%2”

Confirm or choose another encoding:</source>
            <translation>The file does not say how its text is encoded. %1
First text as decoded: “%2”

Confirm or choose another encoding:</translation>
        </message>
        <message>
            <source>Data quality (%1)</source>
            <translation>Data quality (%1)</translation>
        </message>
        <message>
            <source>Data quality</source>
            <translation>Data quality</translation>
        </message>
        <message>
            <source>Statistics by:</source>
            <translation>Statistics by:</translation>
        </message>
        <message>
            <source>New units (crosswalk of %1)</source>
            <translation>New units (crosswalk of %1)</translation>
        </message>
        <message>
            <source>Statistics by %1…</source>
            <translation>Statistics by %1…</translation>
        </message>
        <message>
            <source>Cannot compute statistics</source>
            <translation>Cannot compute statistics</translation>
        </message>
        <message>
            <source>choose a polygon layer</source>
            <translation>choose a polygon layer</translation>
        </message>
        <message>
            <source>Cooperatives</source>
            <translation>Cooperatives</translation>
        </message>
        <message>
            <source>Export findings</source>
            <translation>Export findings</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV table (*.csv)</translation>
        </message>
        <message>
            <source>Cannot export findings</source>
            <translation>Cannot export findings</translation>
        </message>
        <message>
            <source>Crosswalk: %1</source>
            <translation>Crosswalk: %1</translation>
        </message>
        <message>
            <source>Zones of layer %1 are named by the field %2 (code) and %3 (name): the project names no fields for this layer, and these differ between features.</source>
            <translation>Zones of layer %1 are named by the field %2 (code) and %3 (name): the project names no fields for this layer, and these differ between features.</translation>
        </message>
        <message>
            <source>Zone name %1 (%2) is held by %3 zones of layer %4: tell them apart by their codes.</source>
            <translation>Zone name %1 (%2) is held by %3 zones of layer %4: tell them apart by their codes.</translation>
        </message>
        <message>
            <source>%1 lies outside the project folder: the project refers to it there, so copy it along when you move the project.</source>
            <translation>%1 lies outside the project folder: the project refers to it there, so copy it along when you move the project.</translation>
        </message>
        <message>
            <source>These layers of the project could not be read; the map and the statistics lack them:</source>
            <translation>These layers of the project could not be read; the map and the statistics lack them:</translation>
        </message>
        <message>
            <source>%1 (%2): %3</source>
            <translation>%1 (%2): %3</translation>
        </message>
        <message>
            <source>Relink… lets you find each file; the new path is used now and kept in the project when you save it.</source>
            <translation>Relink… lets you find each file; the new path is used now and kept in the project when you save it.</translation>
        </message>
        <message>
            <source>Layers not read</source>
            <translation>Layers not read</translation>
        </message>
        <message>
            <source>Relink…</source>
            <translation>Relink…</translation>
        </message>
        <message>
            <source>Find the file of layer %1 (was %2)</source>
            <translation>Find the file of layer %1 (was %2)</translation>
        </message>
        <message>
            <source>Cannot relink layer</source>
            <translation>Cannot relink layer</translation>
        </message>
        <message>
            <source>The project has no layer %1.</source>
            <translation>The project has no layer %1.</translation>
        </message>
        <message>
            <source>relink layer %1</source>
            <translation>relink layer %1</translation>
        </message>
        <message>
            <source>Layer %1 now reads %2; save the project to keep this path.</source>
            <translation>Layer %1 now reads %2; save the project to keep this path.</translation>
        </message>
        <message>
            <source>Latitude first: swap to longitude, latitude (lat_lon)</source>
            <translation>Latitude first: swap to longitude, latitude (lat_lon)</translation>
        </message>
        <message>
            <source>Longitude first, as stored (lon_lat)</source>
            <translation>Longitude first, as stored (lon_lat)</translation>
        </message>
        <message>
            <source>Axis order of %1</source>
            <translation>Axis order of %1</translation>
        </message>
        <message>
            <source>The first coordinate (%1 … %2) looks like a latitude in Vietnam and the second (%3 … %4) like a longitude:
the file seems to be written latitude first. Measured as stored, its areas would be wrong.

How are the coordinates written?</source>
            <translation>The first coordinate (%1 … %2) looks like a latitude in Vietnam and the second (%3 … %4) like a longitude:
the file seems to be written latitude first. Measured as stored, its areas would be wrong.

How are the coordinates written?</translation>
        </message>
        <message>
            <source>Style: %1</source>
            <translation>Style: %1</translation>
        </message>
        <message>
            <source>Open the &amp;demo project</source>
            <translation>Open the &amp;demo project</translation>
        </message>
        <message>
            <source>Add &amp;XYZ tiles…</source>
            <translation>Add &amp;XYZ tiles…</translation>
        </message>
        <message>
            <source>Open a project first: a background is drawn under its layers.</source>
            <translation>Open a project first: a background is drawn under its layers.</translation>
        </message>
        <message>
            <source>add background %1</source>
            <translation>add background %1</translation>
        </message>
        <message>
            <source>Layers (*.shp *.gpkg *.geojson *.json *.csv *.xlsx *.tif *.tiff *.mbtiles);;All files (*)</source>
            <translation>Layers (*.shp *.gpkg *.geojson *.json *.csv *.xlsx *.tif *.tiff *.mbtiles);;All files (*)</translation>
        </message>
        <message>
            <source>Add &amp;PostGIS layer…</source>
            <translation>Add &amp;PostGIS layer…</translation>
        </message>
        <message>
            <source>Export &amp;layer (GeoJSON, GeoPackage, Shapefile, CSV, XLSX, PostGIS)…</source>
            <translation>Export &amp;layer (GeoJSON, GeoPackage, Shapefile, CSV, XLSX, PostGIS)…</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::MapCanvas</name>
        <message>
            <source>Open a project (Ctrl+O) or drop a layer here.</source>
            <translation>Open a project (Ctrl+O) or drop a layer here.</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::PostgisConnectionForm</name>
        <message>
            <source>a [name] of pg_service.conf</source>
            <translation>a [name] of pg_service.conf</translation>
        </message>
        <message>
            <source>or the server, e.g. gis.sonnptnt.local</source>
            <translation>or the server, e.g. gis.sonnptnt.local</translation>
        </message>
        <message>
            <source>schema.table, e.g. quy_hoach.vung_trong</source>
            <translation>schema.table, e.g. quy_hoach.vung_trong</translation>
        </message>
        <message>
            <source>Service:</source>
            <translation>Service:</translation>
        </message>
        <message>
            <source>Host:</source>
            <translation>Host:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>User:</translation>
        </message>
        <message>
            <source>Table:</source>
            <translation>Table:</translation>
        </message>
        <message>
            <source>The password is read from ~/.pgpass, the service file or PGPASSWORD: it is never stored in the project.</source>
            <translation>The password is read from ~/.pgpass, the service file or PGPASSWORD: it is never stored in the project.</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::QualityModel</name>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Layer not read</source>
            <translation>Layer not read</translation>
        </message>
        <message>
            <source>Problem while reading</source>
            <translation>Problem while reading</translation>
        </message>
        <message>
            <source>Coordinate system guessed</source>
            <translation>Coordinate system guessed</translation>
        </message>
        <message>
            <source>Text encoding guessed</source>
            <translation>Text encoding guessed</translation>
        </message>
        <message>
            <source>Invalid geometry (repaired)</source>
            <translation>Invalid geometry (repaired)</translation>
        </message>
        <message>
            <source>Empty geometry</source>
            <translation>Empty geometry</translation>
        </message>
        <message>
            <source>Duplicate code</source>
            <translation>Duplicate code</translation>
        </message>
        <message>
            <source>Overlapping planting areas</source>
            <translation>Overlapping planting areas</translation>
        </message>
        <message>
            <source>Outside every zone</source>
            <translation>Outside every zone</translation>
        </message>
        <message>
            <source>Planting area without cooperative</source>
            <translation>Planting area without cooperative</translation>
        </message>
        <message>
            <source>Investment without cooperative</source>
            <translation>Investment without cooperative</translation>
        </message>
        <message>
            <source>Cooperative without key</source>
            <translation>Cooperative without key</translation>
        </message>
        <message>
            <source>Code does not match the pattern</source>
            <translation>Code does not match the pattern</translation>
        </message>
        <message>
            <source>Declared area differs from measured</source>
            <translation>Declared area differs from measured</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Layer</translation>
        </message>
        <message>
            <source>FID</source>
            <translation>FID</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
        <message>
            <source>ha</source>
            <translation>ha</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>declared %1 ha, measured %2 ha (%3 % apart, tolerance %4 %)</source>
            <translation>declared %1 ha, measured %2 ha (%3 % apart, tolerance %4 %)</translation>
        </message>
        <message>
            <source>lies outside every zone</source>
            <translation>lies outside every zone</translation>
        </message>
        <message>
            <source>%1 ha lie outside every zone</source>
            <translation>%1 ha lie outside every zone</translation>
        </message>
        <message>
            <source>cooperative lies outside every zone</source>
            <translation>cooperative lies outside every zone</translation>
        </message>
        <message>
            <source>no cooperative has the key '%1': its amount counts in no zone</source>
            <translation>no cooperative has the key '%1': its amount counts in no zone</translation>
        </message>
        <message>
            <source>investment has no cooperative key</source>
            <translation>investment has no cooperative key</translation>
        </message>
        <message>
            <source>no cooperative has the key '%1'</source>
            <translation>no cooperative has the key '%1'</translation>
        </message>
        <message>
            <source>no cooperative: the cooperative key is empty</source>
            <translation>no cooperative: the cooperative key is empty</translation>
        </message>
        <message>
            <source>overlaps %1 by %2 ha</source>
            <translation>overlaps %1 by %2 ha</translation>
        </message>
        <message>
            <source>code '%1' is also used by feature %2 (fid %3)</source>
            <translation>code '%1' is also used by feature %2 (fid %3)</translation>
        </message>
        <message>
            <source>code of %1 bytes is far longer than any code</source>
            <translation>code of %1 bytes is far longer than any code</translation>
        </message>
        <message>
            <source>planting area has no code</source>
            <translation>planting area has no code</translation>
        </message>
        <message>
            <source>code '%1' does not match the pattern %2</source>
            <translation>code '%1' does not match the pattern %2</translation>
        </message>
        <message>
            <source>cooperative has no key: nothing can link to it</source>
            <translation>cooperative has no key: nothing can link to it</translation>
        </message>
        <message>
            <source>feature has no geometry</source>
            <translation>feature has no geometry</translation>
        </message>
        <message>
            <source>feature has no geometry (empty after repair)</source>
            <translation>feature has no geometry (empty after repair)</translation>
        </message>
        <message>
            <source>invalid geometry: %1</source>
            <translation>invalid geometry: %1</translation>
        </message>
        <message>
            <source>no CRS in %1; guessed %2 (%3)</source>
            <translation>no CRS in %1; guessed %2 (%3)</translation>
        </message>
        <message>
            <source>Zone fields chosen</source>
            <translation>Zone fields chosen</translation>
        </message>
        <message>
            <source>Zone names repeat</source>
            <translation>Zone names repeat</translation>
        </message>
        <message>
            <source>Outside the project folder</source>
            <translation>Outside the project folder</translation>
        </message>
        <message>
            <source>zones are named by %1 (code) and %2 (name): the project names no fields for this layer</source>
            <translation>zones are named by %1 (code) and %2 (name): the project names no fields for this layer</translation>
        </message>
        <message>
            <source>zone name '%1' (%2) is held by %3 zones: rows are told apart only by their codes (%4)</source>
            <translation>zone name '%1' (%2) is held by %3 zones: rows are told apart only by their codes (%4)</translation>
        </message>
        <message>
            <source>zone code '%1' (%2) is held by %3 zones: set the layer's code field in the project</source>
            <translation>zone code '%1' (%2) is held by %3 zones: set the layer's code field in the project</translation>
        </message>
        <message>
            <source>'%1' is outside the project folder: copying the project folder alone does not take this file along</source>
            <translation>'%1' is outside the project folder: copying the project folder alone does not take this file along</translation>
        </message>
        <message>
            <source>'%1' is a network source: copying the project folder alone does not take this file along</source>
            <translation>'%1' is a network source: copying the project folder alone does not take this file along</translation>
        </message>
        <message>
            <source>Text encoding setting doubtful</source>
            <translation>Text encoding setting doubtful</translation>
        </message>
        <message>
            <source>the text encoding %2 set for %1 looks wrong: %3 reads better</source>
            <translation>the text encoding %2 set for %1 looks wrong: %3 reads better</translation>
        </message>
        <message>
            <source>the text encoding %2 set for %1 contradicts its .cpg or leaves undecodable text, though the text reads best as %2</source>
            <translation>the text encoding %2 set for %1 contradicts its .cpg or leaves undecodable text, though the text reads best as %2</translation>
        </message>
        <message>
            <source>%1 stores its text as UTF-8: the text encoding %2 set for it is ignored</source>
            <translation>%1 stores its text as UTF-8: the text encoding %2 set for it is ignored</translation>
        </message>
        <message>
            <source>Amount that is not a number</source>
            <translation>Amount that is not a number</translation>
        </message>
        <message>
            <source>amount not counted in any sum: %1</source>
            <translation>amount not counted in any sum: %1</translation>
        </message>
        <message>
            <source>Latitude written first</source>
            <translation>Latitude written first</translation>
        </message>
        <message>
            <source>Planting area without boundary</source>
            <translation>Planting area without boundary</translation>
        </message>
        <message>
            <source>no boundary (a point): counts in its zone's codes and declared area (%1 ha), never in measured area; add its polygon to measure it</source>
            <translation>no boundary (a point): counts in its zone's codes and declared area (%1 ha), never in measured area; add its polygon to measure it</translation>
        </message>
        <message>
            <source>no boundary (a point) and no declared area: counts in its zone's codes only; add its polygon or its declared area</source>
            <translation>no boundary (a point) and no declared area: counts in its zone's codes only; add its polygon or its declared area</translation>
        </message>
        <message>
            <source>no CRS in %1; guessed %2 (%3); read as %4 (%5) it would lie %6 m away: set the layer's CRS if the data is %4</source>
            <translation>no CRS in %1; guessed %2 (%3); read as %4 (%5) it would lie %6 m away: set the layer's CRS if the data is %4</translation>
        </message>
        <message>
            <source>no CRS in %1; guessed %2 (%3), but a province's TM-3 zone may fit: a province is needed (candidates: %4)</source>
            <translation>no CRS in %1; guessed %2 (%3), but a province's TM-3 zone may fit: a province is needed (candidates: %4)</translation>
        </message>
        <message>
            <source>the coordinates look latitude first (x %1, y %2): set the layer's axis order to lat_lon</source>
            <translation>the coordinates look latitude first (x %1, y %2): set the layer's axis order to lat_lon</translation>
        </message>
        <message>
            <source>Impossible number (not counted)</source>
            <translation>Impossible number (not counted)</translation>
        </message>
        <message>
            <source>%1 = %2 ha is larger than Vietnam's land area: it counts in no sum</source>
            <translation>%1 = %2 ha is larger than Vietnam's land area: it counts in no sum</translation>
        </message>
        <message>
            <source>%1 = %2 members is more than Vietnam's population: it counts in no sum</source>
            <translation>%1 = %2 members is more than Vietnam's population: it counts in no sum</translation>
        </message>
        <message>
            <source>%1 = %2 VND is more than Vietnam's yearly GDP: it counts in no sum</source>
            <translation>%1 = %2 VND is more than Vietnam's yearly GDP: it counts in no sum</translation>
        </message>
        <message>
            <source>%1 = %2 is negative: it counts in no sum</source>
            <translation>%1 = %2 is negative: it counts in no sum</translation>
        </message>
        <message>
            <source>%1 = %2 is not a finite number: it counts in no sum</source>
            <translation>%1 = %2 is not a finite number: it counts in no sum</translation>
        </message>
        <message>
            <source>%1 = %2 is not a whole number: it counts in no sum</source>
            <translation>%1 = %2 is not a whole number: it counts in no sum</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::QualityPanel</name>
        <message>
            <source>No report: the project has no statistics.</source>
            <translation>No report: the project has no statistics.</translation>
        </message>
        <message>
            <source>No findings.</source>
            <translation>No findings.</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n errors</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warnings</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n notes</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message>
            <source>All findings</source>
            <translation>All findings</translation>
        </message>
        <message>
            <source>Warnings and errors</source>
            <translation>Warnings and errors</translation>
        </message>
        <message>
            <source>Errors only</source>
            <translation>Errors only</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Save the findings as CSV or Excel, to send to whoever keeps the data</source>
            <translation>Save the findings as CSV or Excel, to send to whoever keeps the data</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::SearchBox</name>
        <message>
            <source>Search code, cooperative or zone…</source>
            <translation>Search code, cooperative or zone…</translation>
        </message>
        <message>
            <source>zone</source>
            <translation>zone</translation>
        </message>
        <message>
            <source>planting area</source>
            <translation>planting area</translation>
        </message>
        <message>
            <source>cooperative</source>
            <translation>cooperative</translation>
        </message>
        <message>
            <source>feature %1</source>
            <translation>feature %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::StatisticsModel</name>
        <message>
            <source>Σ area(code ∩ zone): overlapping codes count twice</source>
            <translation>Σ area(code ∩ zone): overlapping codes count twice</translation>
        </message>
        <message>
            <source>Area of the union of the codes inside the zone</source>
            <translation>Area of the union of the codes inside the zone</translation>
        </message>
        <message>
            <source>Net planted area / zone area × 100</source>
            <translation>Net planted area / zone area × 100</translation>
        </message>
        <message>
            <source>Cooperatives with OCOP products of 3 stars or more</source>
            <translation>Cooperatives with OCOP products of 3 stars or more</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Zone area (ha)</source>
            <translation>Zone area (ha)</translation>
        </message>
        <message>
            <source>Gross planted (ha)</source>
            <translation>Gross planted (ha)</translation>
        </message>
        <message>
            <source>Net planted (ha)</source>
            <translation>Net planted (ha)</translation>
        </message>
        <message>
            <source>Coverage (%)</source>
            <translation>Coverage (%)</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>Cooperatives</source>
            <translation>Cooperatives</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>OCOP</source>
            <translation>OCOP</translation>
        </message>
        <message>
            <source>Investment (VND)</source>
            <translation>Investment (VND)</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Planting areas in the zone, including codes without a boundary (points)</source>
            <translation>Planting areas in the zone, including codes without a boundary (points)</translation>
        </message>
        <message>
            <source>Σ declared area of the zone's codes: a point whole, a polygon by the share of its measured area inside the zone</source>
            <translation>Σ declared area of the zone's codes: a point whole, a polygon by the share of its measured area inside the zone</translation>
        </message>
        <message>
            <source>Declared area (ha)</source>
            <translation>Declared area (ha)</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::StylePanel</name>
        <message>
            <source>Style of “%1”</source>
            <translation>Style of “%1”</translation>
        </message>
        <message>
            <source>As its role draws it</source>
            <translation>As its role draws it</translation>
        </message>
        <message>
            <source>Single colour</source>
            <translation>Single colour</translation>
        </message>
        <message>
            <source>Categorised by a field</source>
            <translation>Categorised by a field</translation>
        </message>
        <message>
            <source>Graduated by a numeric field</source>
            <translation>Graduated by a numeric field</translation>
        </message>
        <message>
            <source>Drawing</source>
            <translation>Drawing</translation>
        </message>
        <message>
            <source>Fill</source>
            <translation>Fill</translation>
        </message>
        <message>
            <source>Fill opacity</source>
            <translation>Fill opacity</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Outline</translation>
        </message>
        <message>
            <source>Outline width</source>
            <translation>Outline width</translation>
        </message>
        <message>
            <source>Layer opacity</source>
            <translation>Layer opacity</translation>
        </message>
        <message>
            <source>(no labels)</source>
            <translation>(no labels)</translation>
        </message>
        <message>
            <source>Label by</source>
            <translation>Label by</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Quantile (equal counts)</source>
            <translation>Quantile (equal counts)</translation>
        </message>
        <message>
            <source>Equal interval</source>
            <translation>Equal interval</translation>
        </message>
        <message>
            <source>Natural breaks (Jenks)</source>
            <translation>Natural breaks (Jenks)</translation>
        </message>
        <message>
            <source>Classes by</source>
            <translation>Classes by</translation>
        </message>
        <message>
            <source>Number of classes</source>
            <translation>Number of classes</translation>
        </message>
        <message>
            <source>Greens</source>
            <translation>Greens</translation>
        </message>
        <message>
            <source>Blues</source>
            <translation>Blues</translation>
        </message>
        <message>
            <source>Oranges</source>
            <translation>Oranges</translation>
        </message>
        <message>
            <source>Reds</source>
            <translation>Reds</translation>
        </message>
        <message>
            <source>Purples</source>
            <translation>Purples</translation>
        </message>
        <message>
            <source>Viridis</source>
            <translation>Viridis</translation>
        </message>
        <message>
            <source>Colours</source>
            <translation>Colours</translation>
        </message>
        <message>
            <source>Classes as drawn:</source>
            <translation>Classes as drawn:</translation>
        </message>
        <message>
            <source>Choose a colour</source>
            <translation>Choose a colour</translation>
        </message>
        <message>
            <source>The layer's own drawing (see the legend)</source>
            <translation>The layer's own drawing (see the legend)</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n features)</source>
            <translation>
                <numerusform>%1 (%n features)</numerusform>
                <numerusform>%1 (%n features)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vt::gui::XyzTilesDialog</name>
        <message>
            <source>Add XYZ tiles</source>
            <translation>Add XYZ tiles</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>URL template:</source>
            <translation>URL template:</translation>
        </message>
        <message>
            <source>Attribution:</source>
            <translation>Attribution:</translation>
        </message>
        <message>
            <source>Deepest zoom level:</source>
            <translation>Deepest zoom level:</translation>
        </message>
        <message>
            <source>{z}, {x} and {y} stand for the zoom level and the tile's column and row. Tiles are kept on disk, so the map still shows them without a network. The attribution is drawn on the map and in exported maps, as tile providers require.</source>
            <translation>{z}, {x} and {y} stand for the zoom level and the tile's column and row. Tiles are kept on disk, so the map still shows them without a network. The attribution is drawn on the map and in exported maps, as tile providers require.</translation>
        </message>
        <message>
            <source>Give the URL template of the tiles.</source>
            <translation>Give the URL template of the tiles.</translation>
        </message>
    </context>
</TS>
