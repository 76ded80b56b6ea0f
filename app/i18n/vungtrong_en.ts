<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>AtlasText</name>
        <message>
            <source>Atlas of planting areas by %1</source>
            <translation>Atlas of planting areas by %1</translation>
        </message>
        <message>
            <source>Province totals</source>
            <translation>Province totals</translation>
        </message>
        <message>
            <source>Zones</source>
            <translation>Zones</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>Code %1 · %2</source>
            <translation>Code %1 · %2</translation>
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
            <source>Page</source>
            <translation>Page</translation>
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
            <source>OCOP cooperatives</source>
            <translation>OCOP cooperatives</translation>
        </message>
        <message>
            <source>Investment (VND)</source>
            <translation>Investment (VND)</translation>
        </message>
        <message>
            <source>Declared (ha)</source>
            <translation>Declared (ha)</translation>
        </message>
        <message>
            <source>Cooperatives holding its planting areas</source>
            <translation>Cooperatives holding its planting areas</translation>
        </message>
        <message>
            <source>Cooperative</source>
            <translation>Cooperative</translation>
        </message>
        <message>
            <source>No cooperative linked</source>
            <translation>No cooperative linked</translation>
        </message>
        <message>
            <source>Data-quality findings in this zone</source>
            <translation>Data-quality findings in this zone</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>None.</translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>… and %1 more</translation>
        </message>
        <message>
            <source>Data quality: %1 error(s), %2 warning(s), %3 note(s) in the whole project.</source>
            <translation>Data quality: %1 error(s), %2 warning(s), %3 note(s) in the whole project.</translation>
        </message>
    </context>
    <context>
        <name>AttributeValidation</name>
        <message>
            <source>%1: "%2" is not a whole number.</source>
            <translation>%1: "%2" is not a whole number.</translation>
        </message>
        <message>
            <source>%1: "%2" is not a number.</source>
            <translation>%1: "%2" is not a number.</translation>
        </message>
        <message>
            <source>%1: "%2" is not a date (YYYY-MM-DD).</source>
            <translation>%1: "%2" is not a date (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>%1: a %2 is required.</source>
            <translation>%1: a %2 is required.</translation>
        </message>
        <message>
            <source>%1: %2 "%3" is already used by another feature.</source>
            <translation>%1: %2 "%3" is already used by another feature.</translation>
        </message>
        <message>
            <source>code</source>
            <translation>code</translation>
        </message>
        <message>
            <source>%1: "%2" does not follow the project's code pattern %3.</source>
            <translation>%1: "%2" does not follow the project's code pattern %3.</translation>
        </message>
        <message>
            <source>The project's code pattern cannot be used: %1</source>
            <translation>The project's code pattern cannot be used: %1</translation>
        </message>
        <message>
            <source>%1: the declared area must be a positive number of hectares.</source>
            <translation>%1: the declared area must be a positive number of hectares.</translation>
        </message>
        <message>
            <source>%1: no cooperative has the key "%2"; pick one from the list.</source>
            <translation>%1: no cooperative has the key "%2"; pick one from the list.</translation>
        </message>
        <message>
            <source>key</source>
            <translation>key</translation>
        </message>
        <message>
            <source>%1: members must be a whole number, 0 or more.</source>
            <translation>%1: members must be a whole number, 0 or more.</translation>
        </message>
        <message>
            <source>%1: OCOP stars are 0 to 5.</source>
            <translation>%1: OCOP stars are 0 to 5.</translation>
        </message>
        <message>
            <source>%1: the amount must be a whole number of đồng, 0 or more.</source>
            <translation>%1: the amount must be a whole number of đồng, 0 or more.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
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
        <name>DocumentMessages</name>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Repaired [%1] feature %2: %3</source>
            <translation>Repaired [%1] feature %2: %3</translation>
        </message>
        <message>
            <source>Style: %1</source>
            <translation>Style: %1</translation>
        </message>
        <message>
            <source>Statistics could not be computed: %1</source>
            <translation>Statistics could not be computed: %1</translation>
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
        <name>PrintText</name>
        <message>
            <source>Scale %1</source>
            <translation>Scale %1</translation>
        </message>
        <message>
            <source>Prepared by: %1</source>
            <translation>Prepared by: %1</translation>
        </message>
        <message>
            <source>Coordinate system: %1</source>
            <translation>Coordinate system: %1</translation>
        </message>
        <message>
            <source>Background: %1</source>
            <translation>Background: %1</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>E</source>
            <comment>longitude east</comment>
            <translation>E</translation>
        </message>
        <message>
            <source>N</source>
            <comment>latitude north</comment>
            <translation>N</translation>
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
        <name>vt::gui</name>
        <message>
            <source>the zones the statistics are computed by</source>
            <translation>the zones the statistics are computed by</translation>
        </message>
        <message>
            <source>the planting areas every statistic measures</source>
            <translation>the planting areas every statistic measures</translation>
        </message>
        <message>
            <source>the cooperatives the planting areas are linked to</source>
            <translation>the cooperatives the planting areas are linked to</translation>
        </message>
        <message>
            <source>the investments summed per cooperative and zone</source>
            <translation>the investments summed per cooperative and zone</translation>
        </message>
        <message>
            <source>the layer the statistics are shown by</source>
            <translation>the layer the statistics are shown by</translation>
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
        <name>vt::gui::AttributeDocks</name>
        <message>
            <source>Attributes: %1</source>
            <translation>Attributes: %1</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::AttributeForm</name>
        <message>
            <source>New feature of %1</source>
            <translation>New feature of %1</translation>
        </message>
        <message>
            <source>Feature %1 of %2</source>
            <translation>Feature %1 of %2</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::AttributeTablePanel</name>
        <message>
            <source>%1 rows</source>
            <translation>%1 rows</translation>
        </message>
        <message>
            <source>%1 of %2 rows</source>
            <translation>%1 of %2 rows</translation>
        </message>
        <message>
            <source>Filter: rows where any column contains…</source>
            <translation>Filter: rows where any column contains…</translation>
        </message>
        <message>
            <source>Selected only</source>
            <translation>Selected only</translation>
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
        <name>vt::gui::DeclareCrsController</name>
        <message>
            <source>Declare the CRS…</source>
            <translation>Declare the CRS…</translation>
        </message>
        <message>
            <source>Confirm or correct the coordinate system of a layer whose file does not say it (a shapefile without .prj): recorded in the project</source>
            <translation>Confirm or correct the coordinate system of a layer whose file does not say it (a shapefile without .prj): recorded in the project</translation>
        </message>
        <message>
            <source>Cannot declare the coordinate system</source>
            <translation>Cannot declare the coordinate system</translation>
        </message>
        <message>
            <source>No layer of the project has a guessed coordinate system.</source>
            <translation>No layer of the project has a guessed coordinate system.</translation>
        </message>
        <message>
            <source>The project has no layer %1.</source>
            <translation>The project has no layer %1.</translation>
        </message>
        <message>
            <source>%1 is being edited: save or discard its edits and stop editing it first.</source>
            <translation>%1 is being edited: save or discard its edits and stop editing it first.</translation>
        </message>
        <message>
            <source>declare the CRS of %1 as %2</source>
            <translation>declare the CRS of %1 as %2</translation>
        </message>
        <message>
            <source>The coordinate system of %1 is declared as %2: save the project to keep it.</source>
            <translation>The coordinate system of %1 is declared as %2: save the project to keep it.</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::DeclareCrsDialog</name>
        <message>
            <source>Declare the coordinate system</source>
            <translation>Declare the coordinate system</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The answer is recorded in the project file, as the layer's coordinate system ("crs"), which the app and vungtrong-cli both read. The data's files are not changed and no file (such as a .prj) is added beside them. Save the project to keep it; Edit ▸ Undo takes it back.</source>
            <translation>The answer is recorded in the project file, as the layer's coordinate system ("crs"), which the app and vungtrong-cli both read. The data's files are not changed and no file (such as a .prj) is added beside them. Save the project to keep it; Edit ▸ Undo takes it back.</translation>
        </message>
        <message>
            <source>Declare</source>
            <translation>Declare</translation>
        </message>
        <message>
            <source>Layer:</source>
            <translation>Layer:</translation>
        </message>
        <message>
            <source>Coordinate system:</source>
            <translation>Coordinate system:</translation>
        </message>
        <message>
            <source>%1 does not say its coordinate system. VungTrong guessed %2 (%3): %4</source>
            <translation>%1 does not say its coordinate system. VungTrong guessed %2 (%3): %4</translation>
        </message>
        <message>
            <source>%1 — %2 (the guess)</source>
            <translation>%1 — %2 (the guess)</translation>
        </message>
        <message>
            <source>%1 — %2 (moves the layer by %3 m)</source>
            <translation>%1 — %2 (moves the layer by %3 m)</translation>
        </message>
        <message>
            <source>%1 (the province's coordinate system)</source>
            <translation>%1 (the province's coordinate system)</translation>
        </message>
        <message>
            <source>No layer of the project has a guessed coordinate system.</source>
            <translation>No layer of the project has a guessed coordinate system.</translation>
        </message>
        <message>
            <source>Choose or type a coordinate system (e.g. EPSG:9209).</source>
            <translation>Choose or type a coordinate system (e.g. EPSG:9209).</translation>
        </message>
        <message>
            <source>%1, in %2</source>
            <translation>%1, in %2</translation>
        </message>
        <message>
            <source>degrees</source>
            <translation>degrees</translation>
        </message>
        <message>
            <source>metres</source>
            <translation>metres</translation>
        </message>
        <message>
            <source>Not a coordinate system PROJ knows: %1</source>
            <translation>Not a coordinate system PROJ knows: %1</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::EditController</name>
        <message>
            <source>Edit layer</source>
            <translation>Edit layer</translation>
        </message>
        <message>
            <source>Edit the planting areas or the cooperatives (the layer chosen in the layers panel)</source>
            <translation>Edit the planting areas or the cooperatives (the layer chosen in the layers panel)</translation>
        </message>
        <message>
            <source>Add point</source>
            <translation>Add point</translation>
        </message>
        <message>
            <source>Add polygon</source>
            <translation>Add polygon</translation>
        </message>
        <message>
            <source>Click the vertices; double-click or Enter finishes, Backspace takes a vertex back, Esc cancels. Hold Ctrl on the first vertex to cut a hole in the selected polygon.</source>
            <translation>Click the vertices; double-click or Enter finishes, Backspace takes a vertex back, Esc cancels. Hold Ctrl on the first vertex to cut a hole in the selected polygon.</translation>
        </message>
        <message>
            <source>Vertex tool</source>
            <translation>Vertex tool</translation>
        </message>
        <message>
            <source>Drag a vertex of the selected feature; double-click an edge to add one, Shift-click a vertex to delete it</source>
            <translation>Drag a vertex of the selected feature; double-click an edge to add one, Shift-click a vertex to delete it</translation>
        </message>
        <message>
            <source>Edit attributes…</source>
            <translation>Edit attributes…</translation>
        </message>
        <message>
            <source>Delete features</source>
            <translation>Delete features</translation>
        </message>
        <message>
            <source>Snapping</source>
            <translation>Snapping</translation>
        </message>
        <message>
            <source>Snap to vertices and edges of other plots and of zone borders within %1 px</source>
            <translation>Snap to vertices and edges of other plots and of zone borders within %1 px</translation>
        </message>
        <message>
            <source>Save edits</source>
            <translation>Save edits</translation>
        </message>
        <message>
            <source>Editing</source>
            <translation>Editing</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>&lt;opened&gt;</source>
            <translation>&lt;opened&gt;</translation>
        </message>
        <message>
            <source>Cannot edit</source>
            <translation>Cannot edit</translation>
        </message>
        <message>
            <source>Editing %1</source>
            <translation>Editing %1</translation>
        </message>
        <message>
            <source>Stop editing</source>
            <translation>Stop editing</translation>
        </message>
        <message>
            <source>%1 has edits that are not saved to its file.</source>
            <translation>%1 has edits that are not saved to its file.</translation>
        </message>
        <message>
            <source>discard edits of %1</source>
            <translation>discard edits of %1</translation>
        </message>
        <message>
            <source>Geometry refused</source>
            <translation>Geometry refused</translation>
        </message>
        <message>
            <source>The geometry is empty.</source>
            <translation>The geometry is empty.</translation>
        </message>
        <message>
            <source>This layer holds points.</source>
            <translation>This layer holds points.</translation>
        </message>
        <message>
            <source>This layer holds polygons.</source>
            <translation>This layer holds polygons.</translation>
        </message>
        <message>
            <source>The polygon is not valid (%1) and nothing is left once repaired.</source>
            <translation>The polygon is not valid (%1) and nothing is left once repaired.</translation>
        </message>
        <message>
            <source>The polygon was not valid (%1) and was repaired: %2</source>
            <translation>The polygon was not valid (%1) and was repaired: %2</translation>
        </message>
        <message>
            <source>Cannot apply the edit</source>
            <translation>Cannot apply the edit</translation>
        </message>
        <message>
            <source>Feature refused</source>
            <translation>Feature refused</translation>
        </message>
        <message>
            <source>add feature to %1</source>
            <translation>add feature to %1</translation>
        </message>
        <message>
            <source>Edit refused</source>
            <translation>Edit refused</translation>
        </message>
        <message>
            <source>edit attributes of feature %1</source>
            <translation>edit attributes of feature %1</translation>
        </message>
        <message>
            <source>edit geometry of feature %1</source>
            <translation>edit geometry of feature %1</translation>
        </message>
        <message numerus="yes">
            <source>delete %n feature(s)</source>
            <translation>
                <numerusform>delete %n features</numerusform>
                <numerusform>delete %n features</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot save edits</source>
            <translation>Cannot save edits</translation>
        </message>
        <message>
            <source>Select the polygon to cut the hole in first.</source>
            <translation>Select the polygon to cut the hole in first.</translation>
        </message>
        <message>
            <source>New planting area</source>
            <translation>New planting area</translation>
        </message>
        <message>
            <source>New cooperative</source>
            <translation>New cooperative</translation>
        </message>
        <message>
            <source>Write the edits to the layer's file</source>
            <translation>Write the edits to the layer's file</translation>
        </message>
        <message>
            <source>Write the edits to %1</source>
            <translation>Write the edits to %1</translation>
        </message>
        <message>
            <source>This layer cannot be saved to its source: %1</source>
            <translation>This layer cannot be saved to its source: %1</translation>
        </message>
        <message>
            <source>it was not read from a file</source>
            <translation>it was not read from a file</translation>
        </message>
        <message>
            <source>No edits to save.</source>
            <translation>No edits to save.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n edit(s) to %1</source>
            <translation>
                <numerusform>Saved %n edits to %1</numerusform>
                <numerusform>Saved %n edits to %1</numerusform>
            </translation>
        </message>
        <message>
            <source>(previous files kept in %1)</source>
            <translation>(previous files kept in %1)</translation>
        </message>
        <message>
            <source>The file renumbered its features: the History starts again.</source>
            <translation>The file renumbered its features: the History starts again.</translation>
        </message>
        <message>
            <source>Saved, but the layer could not be read again</source>
            <translation>Saved, but the layer could not be read again</translation>
        </message>
        <message>
            <source>The file changed on disk</source>
            <translation>The file changed on disk</translation>
        </message>
        <message>
            <source>%1

Another program changed the layer's file since VungTrong read it. Your edits are kept: save them as a copy, or read the file again (your edits stay in the History).</source>
            <translation>%1

Another program changed the layer's file since VungTrong read it. Your edits are kept: save them as a copy, or read the file again (your edits stay in the History).</translation>
        </message>
        <message>
            <source>Save as copy…</source>
            <translation>Save as copy…</translation>
        </message>
        <message>
            <source>Reload from disk</source>
            <translation>Reload from disk</translation>
        </message>
        <message>
            <source>Save the edited layer as</source>
            <translation>Save the edited layer as</translation>
        </message>
        <message>
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <source>Cannot read the layer again</source>
            <translation>Cannot read the layer again</translation>
        </message>
        <message>
            <source>reload %1 from disk</source>
            <translation>reload %1 from disk</translation>
        </message>
        <message>
            <source>Check: %1</source>
            <translation>Check: %1</translation>
        </message>
        <message>
            <source>Merge features</source>
            <translation>Merge features</translation>
        </message>
        <message>
            <source>One polygon from the selected ones: the first keeps its attributes, the others are deleted</source>
            <translation>One polygon from the selected ones: the first keeps its attributes, the others are deleted</translation>
        </message>
        <message>
            <source>Cannot merge</source>
            <translation>Cannot merge</translation>
        </message>
        <message numerus="yes">
            <source>merge %n feature(s)</source>
            <translation>
                <numerusform>merge %n features</numerusform>
                <numerusform>merge %n features</numerusform>
            </translation>
        </message>
        <message>
            <source>an earlier edit of this feature could not be applied</source>
            <translation>an earlier edit of this feature could not be applied</translation>
        </message>
        <message>
            <source>its geometry is in %1, not WGS 84</source>
            <translation>its geometry is in %1, not WGS 84</translation>
        </message>
        <message>
            <source>the layer's fields are not the ones it was made with</source>
            <translation>the layer's fields are not the ones it was made with</translation>
        </message>
        <message>
            <source>the layer already has a feature with this FID</source>
            <translation>the layer already has a feature with this FID</translation>
        </message>
        <message>
            <source>the feature is no longer in the file</source>
            <translation>the feature is no longer in the file</translation>
        </message>
        <message>
            <source>the feature changed in the file since</source>
            <translation>the feature changed in the file since</translation>
        </message>
        <message>
            <source>New feature %1 (%2, %3): %4</source>
            <translation>New feature %1 (%2, %3): %4</translation>
        </message>
        <message>
            <source>Deleting feature %1 (%2, %3): %4</source>
            <translation>Deleting feature %1 (%2, %3): %4</translation>
        </message>
        <message>
            <source>Edit of feature %1 (%2, %3): %4</source>
            <translation>Edit of feature %1 (%2, %3): %4</translation>
        </message>
        <message>
            <source>No unsaved edits to recover in this project's edit journal.</source>
            <translation>No unsaved edits to recover in this project's edit journal.</translation>
        </message>
        <message>
            <source>Recover unsaved edits…</source>
            <translation>Recover unsaved edits…</translation>
        </message>
        <message>
            <source>Edits a VungTrong that did not close cleanly left unsaved in this project's edit journal</source>
            <translation>Edits a VungTrong that did not close cleanly left unsaved in this project's edit journal</translation>
        </message>
        <message>
            <source>Export audit log (CSV)…</source>
            <translation>Export audit log (CSV)…</translation>
        </message>
        <message>
            <source>Every edit made to this project's layers: what, when and by which user, as CSV</source>
            <translation>Every edit made to this project's layers: what, when and by which user, as CSV</translation>
        </message>
        <message>
            <source>The edit journal could not be written, edits are not safe from a crash: %1</source>
            <translation>The edit journal could not be written, edits are not safe from a crash: %1</translation>
        </message>
        <message>
            <source>Cannot recover edits</source>
            <translation>Cannot recover edits</translation>
        </message>
        <message>
            <source>The project has no layer %1 any more.</source>
            <translation>The project has no layer %1 any more.</translation>
        </message>
        <message>
            <source>None of the edits can be applied to the file as it is now:
%1</source>
            <translation>None of the edits can be applied to the file as it is now:
%1</translation>
        </message>
        <message numerus="yes">
            <source>recover %n edit(s) of %1</source>
            <translation>
                <numerusform>recover %n edits of %1</numerusform>
                <numerusform>recover %n edits of %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n edit(s): they are not saved yet (Save edits writes them).</source>
            <translation>
                <numerusform>Recovered %n edits: they are not saved yet (Save edits writes them).</numerusform>
                <numerusform>Recovered %n edits: they are not saved yet (Save edits writes them).</numerusform>
            </translation>
        </message>
        <message>
            <source>Not applied: %1</source>
            <translation>Not applied: %1</translation>
        </message>
        <message>
            <source>Cannot discard the edits</source>
            <translation>Cannot discard the edits</translation>
        </message>
        <message numerus="yes">
            <source>Discarded %n unsaved edit(s) (they stay in the audit log).</source>
            <translation>
                <numerusform>Discarded %n unsaved edits (they stay in the audit log).</numerusform>
                <numerusform>Discarded %n unsaved edits (they stay in the audit log).</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot export the audit log</source>
            <translation>Cannot export the audit log</translation>
        </message>
        <message>
            <source>Save the project first: the edit journal lies beside its file.</source>
            <translation>Save the project first: the edit journal lies beside its file.</translation>
        </message>
        <message>
            <source>Export audit log</source>
            <translation>Export audit log</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n journal record(s) to %1</source>
            <translation>
                <numerusform>Wrote %n journal records to %1</numerusform>
                <numerusform>Wrote %n journal records to %1</numerusform>
            </translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Split features</source>
            <translation>Split features</translation>
        </message>
        <message>
            <source>Draw a line across the selected planting areas (or any, when none is selected): click the vertices, double-click or Enter finishes. The largest part keeps the code; the others get the next free codes, shown for confirmation.</source>
            <translation>Draw a line across the selected planting areas (or any, when none is selected): click the vertices, double-click or Enter finishes. The largest part keeps the code; the others get the next free codes, shown for confirmation.</translation>
        </message>
        <message>
            <source>Only the planting areas, the cooperatives and tables without geometry (investments, registers) can be edited.</source>
            <translation>Only the planting areas, the cooperatives and tables without geometry (investments, registers) can be edited.</translation>
        </message>
        <message>
            <source>FID %1</source>
            <translation>FID %1</translation>
        </message>
        <message>
            <source>Cannot split</source>
            <translation>Cannot split</translation>
        </message>
        <message>
            <source>The line does not cut %1 right through: draw it from outside the planting area, across it, to outside again (or from border to border).</source>
            <translation>The line does not cut %1 right through: draw it from outside the planting area, across it, to outside again (or from border to border).</translation>
        </message>
        <message>
            <source>The line does not cross the selected planting areas.</source>
            <translation>The line does not cross the selected planting areas.</translation>
        </message>
        <message>
            <source>The line does not cross any planting area.</source>
            <translation>The line does not cross any planting area.</translation>
        </message>
        <message numerus="yes">
            <source>split %n feature(s)</source>
            <translation>
                <numerusform>split %n features</numerusform>
                <numerusform>split %n features</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Split %n planting area(s) into %1 parts; the largest part keeps the code.</source>
            <translation>
                <numerusform>Split %n planting areas into %1 parts; the largest part keeps the code.</numerusform>
                <numerusform>Split %n planting areas into %1 parts; the largest part keeps the code.</numerusform>
            </translation>
        </message>
        <message>
            <source>New codes: %1.</source>
            <translation>New codes: %1.</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::ExportController</name>
        <message>
            <source>Export map as &amp;PNG…</source>
            <translation>Export map as &amp;PNG…</translation>
        </message>
        <message>
            <source>E&amp;xport map (print layout, PDF or PNG)…</source>
            <translation>E&amp;xport map (print layout, PDF or PNG)…</translation>
        </message>
        <message>
            <source>Export &amp;statistics (CSV, XLSX)…</source>
            <translation>Export &amp;statistics (CSV, XLSX)…</translation>
        </message>
        <message>
            <source>Export &amp;layer (GeoJSON, GeoPackage, Shapefile, CSV, XLSX, PostGIS)…</source>
            <translation>Export &amp;layer (GeoJSON, GeoPackage, Shapefile, CSV, XLSX, PostGIS)…</translation>
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
            <source>Excel workbook (*.xlsx);;CSV table of the zones (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV table of the zones (*.csv)</translation>
        </message>
        <message>
            <source>Cannot export statistics</source>
            <translation>Cannot export statistics</translation>
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
            <source>Cannot export findings</source>
            <translation>Cannot export findings</translation>
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
            <source>Export findings</source>
            <translation>Export findings</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV table (*.csv)</translation>
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
        <name>vt::gui::GoToDialog</name>
        <message>
            <source>%1° %2, %3° %4</source>
            <translation>%1° %2, %3° %4</translation>
        </message>
        <message>
            <source>Latitude, longitude (WGS 84): %1</source>
            <translation>Latitude, longitude (WGS 84): %1</translation>
        </message>
        <message>
            <source>Longitude, latitude (WGS 84): %1</source>
            <translation>Longitude, latitude (WGS 84): %1</translation>
        </message>
        <message>
            <source>X (northing) %1 m, Y (easting) %2 m in %3: %4</source>
            <translation>X (northing) %1 m, Y (easting) %2 m in %3: %4</translation>
        </message>
        <message>
            <source>Easting %2 m, northing %1 m in %3: %4</source>
            <translation>Easting %2 m, northing %1 m in %3: %4</translation>
        </message>
        <message>
            <source>Go to coordinate</source>
            <translation>Go to coordinate</translation>
        </message>
        <message>
            <source>e.g. 9.6 105.97, 9°36′N 105°58′12″E or 1061653 551392</source>
            <translation>e.g. 9.6 105.97, 9°36′N 105°58′12″E or 1061653 551392</translation>
        </message>
        <message>
            <source>The coordinate system of coordinates in metres; degrees are read as WGS 84 (GPS).</source>
            <translation>The coordinate system of coordinates in metres; degrees are read as WGS 84 (GPS).</translation>
        </message>
        <message>
            <source>Coordinate:</source>
            <translation>Coordinate:</translation>
        </message>
        <message>
            <source>Metres are in:</source>
            <translation>Metres are in:</translation>
        </message>
        <message>
            <source>Type longitude and latitude in degrees, or x and y in metres.</source>
            <translation>Type longitude and latitude in degrees, or x and y in metres.</translation>
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
        <name>vt::gui::LanguageMenu</name>
        <message>
            <source>L&amp;anguage</source>
            <translation>L&amp;anguage</translation>
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
        <message>
            <source>Remove layer…</source>
            <translation>Remove layer…</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::MainWindow</name>
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
            <source>Identify</source>
            <translation>Identify</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Messages</translation>
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
            <source>Show &amp;legend on the map</source>
            <translation>Show &amp;legend on the map</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legend</translation>
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
            <source>&amp;New project…</source>
            <translation>&amp;New project…</translation>
        </message>
        <message>
            <source>Project se&amp;ttings…</source>
            <translation>Project se&amp;ttings…</translation>
        </message>
        <message>
            <source>relink layers %1</source>
            <translation>relink layers %1</translation>
        </message>
        <message>
            <source>Layer %1 dropped from the project; save the project to keep this.</source>
            <translation>Layer %1 dropped from the project; save the project to keep this.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>The project “%1” has changes that are not saved.</source>
            <translation>The project “%1” has changes that are not saved.</translation>
        </message>
        <message>
            <source>Save them before going on?</source>
            <translation>Save them before going on?</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Don't save</source>
            <translation>&amp;Don't save</translation>
        </message>
        <message>
            <source>Project settings</source>
            <translation>Project settings</translation>
        </message>
        <message>
            <source>Save the project first.</source>
            <translation>Save the project first.</translation>
        </message>
        <message>
            <source>&amp;Remove layer…</source>
            <translation>&amp;Remove layer…</translation>
        </message>
        <message>
            <source>“%1” holds %2: without it the statistics change. Remove it from the project? (Edit ▸ Undo brings it back; the file itself is not touched.)</source>
            <translation>“%1” holds %2: without it the statistics change. Remove it from the project? (Edit ▸ Undo brings it back; the file itself is not touched.)</translation>
        </message>
        <message>
            <source>remove background %1</source>
            <translation>remove background %1</translation>
        </message>
        <message>
            <source>Cannot remove layer</source>
            <translation>Cannot remove layer</translation>
        </message>
        <message>
            <source>Remove layer</source>
            <translation>Remove layer</translation>
        </message>
        <message>
            <source>remove layer %1</source>
            <translation>remove layer %1</translation>
        </message>
        <message>
            <source>Map tools</source>
            <translation>Map tools</translation>
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
        <name>vt::gui::MapToolsController</name>
        <message>
            <source>Open a project first.</source>
            <translation>Open a project first.</translation>
        </message>
        <message>
            <source>%1° N, %2° E</source>
            <translation>%1° N, %2° E</translation>
        </message>
        <message>
            <source>Go to coordinate</source>
            <translation>Go to coordinate</translation>
        </message>
        <message>
            <source>No layer %1 in the project.</source>
            <translation>No layer %1 in the project.</translation>
        </message>
        <message>
            <source>Select by expression</source>
            <translation>Select by expression</translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>%n selected</numerusform>
                <numerusform>%n selected</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>Measure &amp;distance</source>
            <translation>Measure &amp;distance</translation>
        </message>
        <message>
            <source>Measure distance: click points on the map, double-click to finish, Esc to clear</source>
            <translation>Measure distance: click points on the map, double-click to finish, Esc to clear</translation>
        </message>
        <message>
            <source>Measure &amp;area</source>
            <translation>Measure &amp;area</translation>
        </message>
        <message>
            <source>Measure area: click the corners on the map, double-click to finish, Esc to clear</source>
            <translation>Measure area: click the corners on the map, double-click to finish, Esc to clear</translation>
        </message>
        <message>
            <source>&amp;Select by rectangle</source>
            <translation>&amp;Select by rectangle</translation>
        </message>
        <message>
            <source>Select by &amp;expression…</source>
            <translation>Select by &amp;expression…</translation>
        </message>
        <message>
            <source>&amp;Clear selection</source>
            <translation>&amp;Clear selection</translation>
        </message>
        <message>
            <source>&amp;Go to coordinate…</source>
            <translation>&amp;Go to coordinate…</translation>
        </message>
        <message>
            <source>Select: drag a rectangle or click a feature on the map (in the layer chosen in the Layers panel); Shift adds to the selection, Ctrl+click toggles a feature, Esc clears the selection</source>
            <translation>Select: drag a rectangle or click a feature on the map (in the layer chosen in the Layers panel); Shift adds to the selection, Ctrl+click toggles a feature, Esc clears the selection</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::MeasurePanel</name>
        <message>
            <source>Click points on the map; double-click to finish.</source>
            <translation>Click points on the map; double-click to finish.</translation>
        </message>
        <message>
            <source>Measure (geodesic, WGS 84)</source>
            <translation>Measure (geodesic, WGS 84)</translation>
        </message>
        <message>
            <source>Distance</source>
            <translation>Distance</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::MeasureTool</name>
        <message>
            <source>%1 m</source>
            <translation>%1 m</translation>
        </message>
        <message>
            <source>%1 km</source>
            <translation>%1 km</translation>
        </message>
        <message>
            <source>%1 m² (%2 ha)</source>
            <translation>%1 m² (%2 ha)</translation>
        </message>
        <message>
            <source>Distance %1</source>
            <translation>Distance %1</translation>
        </message>
        <message>
            <source>Area: click at least 3 points</source>
            <translation>Area: click at least 3 points</translation>
        </message>
        <message>
            <source>Area %1
Perimeter %2</source>
            <translation>Area %1
Perimeter %2</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::NewProjectWizard</name>
        <message>
            <source>Zones (districts, communes)</source>
            <translation>Zones (districts, communes)</translation>
        </message>
        <message>
            <source>Planting areas</source>
            <translation>Planting areas</translation>
        </message>
        <message>
            <source>Cooperatives</source>
            <translation>Cooperatives</translation>
        </message>
        <message>
            <source>Investments</source>
            <translation>Investments</translation>
        </message>
        <message>
            <source>Loans (table)</source>
            <translation>Loans (table)</translation>
        </message>
        <message>
            <source>Province boundary</source>
            <translation>Province boundary</translation>
        </message>
        <message>
            <source>Other table</source>
            <translation>Other table</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Crop</source>
            <translation>Crop</translation>
        </message>
        <message>
            <source>Cooperative code</source>
            <translation>Cooperative code</translation>
        </message>
        <message>
            <source>Declared area (ha)</source>
            <translation>Declared area (ha)</translation>
        </message>
        <message>
            <source>Cooperative code (key)</source>
            <translation>Cooperative code (key)</translation>
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
            <source>Amount (VND)</source>
            <translation>Amount (VND)</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>X (easting, longitude)</source>
            <translation>X (easting, longitude)</translation>
        </message>
        <message>
            <source>Y (northing, latitude)</source>
            <translation>Y (northing, latitude)</translation>
        </message>
        <message>
            <source>Geometry as WKT</source>
            <translation>Geometry as WKT</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>New project</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>The province sets the coordinate system of the project: its VN-2000 TM-3 zone, as PROJ's database lists it.</source>
            <translation>The province sets the coordinate system of the project: its VN-2000 TM-3 zone, as PROJ's database lists it.</translation>
        </message>
        <message>
            <source>Project name:</source>
            <translation>Project name:</translation>
        </message>
        <message>
            <source>(no province: VN-2000 / UTM 48N for files without a CRS)</source>
            <translation>(no province: VN-2000 / UTM 48N for files without a CRS)</translation>
        </message>
        <message>
            <source>Province:</source>
            <translation>Province:</translation>
        </message>
        <message>
            <source>Coordinate system:</source>
            <translation>Coordinate system:</translation>
        </message>
        <message>
            <source>none chosen</source>
            <translation>none chosen</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>Add the layers and tables (or drop them here) and say what each one is. Check the text encoding and the coordinate system: a guess is marked as one.</source>
            <translation>Add the layers and tables (or drop them here) and say what each one is. Check the text encoding and the coordinate system: a guess is marked as one.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Features</translation>
        </message>
        <message>
            <source>Text encoding</source>
            <translation>Text encoding</translation>
        </message>
        <message>
            <source>Coordinate system</source>
            <translation>Coordinate system</translation>
        </message>
        <message>
            <source>&amp;Add files…</source>
            <translation>&amp;Add files…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Add files</source>
            <translation>Add files</translation>
        </message>
        <message>
            <source>Layers and tables (*.shp *.gpkg *.geojson *.json *.csv *.xlsx *.ods *.kml *.kmz *.gml);;All files (*)</source>
            <translation>Layers and tables (*.shp *.gpkg *.geojson *.json *.csv *.xlsx *.ods *.kml *.kmz *.gml);;All files (*)</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Fields</translation>
        </message>
        <message>
            <source>Which column holds what. The choices are suggested from the column names; check them against the first rows.</source>
            <translation>Which column holds what. The choices are suggested from the column names; check them against the first rows.</translation>
        </message>
        <message>
            <source>Save the project</source>
            <translation>Save the project</translation>
        </message>
        <message>
            <source>Paths to the files are written relative to the project file when they can be.</source>
            <translation>Paths to the files are written relative to the project file when they can be.</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
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
            <source>project</source>
            <translation>project</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Reading %1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>%1: reading cancelled</source>
            <translation>%1: reading cancelled</translation>
        </message>
        <message>
            <source>none (a table without coordinates?)</source>
            <translation>none (a table without coordinates?)</translation>
        </message>
        <message>
            <source>guessed: %1 (%2)</source>
            <translation>guessed: %1 (%2)</translation>
        </message>
        <message>
            <source>Choose where to save the project.</source>
            <translation>Choose where to save the project.</translation>
        </message>
        <message>
            <source>Add at least one file.</source>
            <translation>Add at least one file.</translation>
        </message>
        <message>
            <source>Cannot save the project: %1</source>
            <translation>Cannot save the project: %1</translation>
        </message>
        <message>
            <source>Project settings</source>
            <translation>Project settings</translation>
        </message>
        <message>
            <source>Guessed from the text: confirm or choose another</source>
            <translation>Guessed from the text: confirm or choose another</translation>
        </message>
        <message>
            <source>As the file declares it</source>
            <translation>As the file declares it</translation>
        </message>
        <message>
            <source>No files yet: add them, or drop them on this window.</source>
            <translation>No files yet: add them, or drop them on this window.</translation>
        </message>
        <message numerus="yes">
            <source>%n guess(es) marked: check them before going on.</source>
            <translation>
                <numerusform>%n guess(es) marked: check them before going on.</numerusform>
                <numerusform>%n guess(es) marked: check them before going on.</numerusform>
            </translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>%1 (suggested, %2 %)</source>
            <translation>%1 (suggested, %2 %)</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Finish</translation>
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
        <name>vt::gui::PrintController</name>
        <message>
            <source>Export &amp;atlas (a page per zone, PDF)…</source>
            <translation>Export &amp;atlas (a page per zone, PDF)…</translation>
        </message>
        <message>
            <source>Export map</source>
            <translation>Export map</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf);;PNG images (*.png)</source>
            <translation>PDF documents (*.pdf);;PNG images (*.png)</translation>
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
            <source>Cannot export the atlas</source>
            <translation>Cannot export the atlas</translation>
        </message>
        <message>
            <source>The project has no zones to make pages of.</source>
            <translation>The project has no zones to make pages of.</translation>
        </message>
        <message>
            <source>Export atlas</source>
            <translation>Export atlas</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>Making the atlas: %n page(s)…</source>
            <translation>
                <numerusform>Making the atlas: %n pages…</numerusform>
                <numerusform>Making the atlas: %n pages…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Export cancelled; any earlier file is unchanged.</source>
            <translation>Export cancelled; any earlier file is unchanged.</translation>
        </message>
        <message numerus="yes">
            <source>Atlas of %n page(s) exported to %1</source>
            <translation>
                <numerusform>Atlas of %n pages exported to %1</numerusform>
                <numerusform>Atlas of %n pages exported to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vt::gui::PrintDialog</name>
        <message>
            <source>Export map</source>
            <translation>Export map</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Landscape</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <source>Fixed scale 1:</source>
            <translation>Fixed scale 1:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Project coordinates (metres)</source>
            <translation>Project coordinates (metres)</translation>
        </message>
        <message>
            <source>Longitude and latitude</source>
            <translation>Longitude and latitude</translation>
        </message>
        <message>
            <source>Overview map</source>
            <translation>Overview map</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legend</translation>
        </message>
        <message>
            <source>North arrow</source>
            <translation>North arrow</translation>
        </message>
        <message>
            <source>Scale and scale bar</source>
            <translation>Scale and scale bar</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <source>Subtitle:</source>
            <translation>Subtitle:</translation>
        </message>
        <message>
            <source>Prepared by:</source>
            <translation>Prepared by:</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Paper:</translation>
        </message>
        <message>
            <source>Orientation:</source>
            <translation>Orientation:</translation>
        </message>
        <message>
            <source>Scale:</source>
            <translation>Scale:</translation>
        </message>
        <message>
            <source>Coordinate grid:</source>
            <translation>Coordinate grid:</translation>
        </message>
        <message>
            <source>On the page:</source>
            <translation>On the page:</translation>
        </message>
        <message>
            <source>Source line:</source>
            <translation>Source line:</translation>
        </message>
        <message>
            <source>Every text on the page is in the interface language (Ngôn ngữ / Language).</source>
            <translation>Every text on the page is in the interface language (Ngôn ngữ / Language).</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
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
        <name>vt::gui::RecoveryDialog</name>
        <message>
            <source>Recover unsaved edits</source>
            <translation>Recover unsaved edits</translation>
        </message>
        <message numerus="yes">
            <source>VungTrong did not close cleanly while %1 was being edited: %n edit(s) were not saved to its file.</source>
            <translation>
                <numerusform>VungTrong did not close cleanly while %1 was being edited: %n edits were not saved to its file.</numerusform>
                <numerusform>VungTrong did not close cleanly while %1 was being edited: %n edits were not saved to its file.</numerusform>
            </translation>
        </message>
        <message>
            <source>Made %1 by %2.</source>
            <translation>Made %1 by %2.</translation>
        </message>
        <message>
            <source>Made from %1 to %2 by %3.</source>
            <translation>Made from %1 to %2 by %3.</translation>
        </message>
        <message numerus="yes">
            <source>The file %1 changed since these edits were made, or this cannot be told: they are applied only to features that are still as the edits found them. %2 of %n edit(s) can be applied.</source>
            <translation>
                <numerusform>The file %1 changed since these edits were made, or this cannot be told: they are applied only to features that are still as the edits found them. %2 of %n edits can be applied.</numerusform>
                <numerusform>The file %1 changed since these edits were made, or this cannot be told: they are applied only to features that are still as the edits found them. %2 of %n edits can be applied.</numerusform>
            </translation>
        </message>
        <message>
            <source>These edits cannot be applied (they stay in the audit log: History ▸ Export audit log):</source>
            <translation>These edits cannot be applied (they stay in the audit log: History ▸ Export audit log):</translation>
        </message>
        <message>
            <source>Recover puts them back as edits not yet saved, one step you can undo; Save edits writes them: the file is not changed until then. Discard drops them; Later asks again next time.</source>
            <translation>Recover puts them back as edits not yet saved, one step you can undo; Save edits writes them: the file is not changed until then. Discard drops them; Later asks again next time.</translation>
        </message>
        <message numerus="yes">
            <source>%n other layer(s) have unsaved edits too: recover them afterwards with File ▸ Recover unsaved edits….</source>
            <translation>
                <numerusform>%n other layers have unsaved edits too: recover them afterwards with File ▸ Recover unsaved edits….</numerusform>
                <numerusform>%n other layers have unsaved edits too: recover them afterwards with File ▸ Recover unsaved edits….</numerusform>
            </translation>
        </message>
        <message>
            <source>Recover</source>
            <translation>Recover</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::RelinkDialog</name>
        <message>
            <source>Layers not found</source>
            <translation>Layers not found</translation>
        </message>
        <message>
            <source>These layers of the project could not be read: the map and the statistics lack them. Find each file again (Browse…, or search a folder for the same file name), or keep the layer unavailable, or drop it from the project. Nothing is written to the project file until you save it.</source>
            <translation>These layers of the project could not be read: the map and the statistics lack them. Find each file again (Browse…, or search a folder for the same file name), or keep the layer unavailable, or drop it from the project. Nothing is written to the project file until you save it.</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Layer</translation>
        </message>
        <message>
            <source>Path in the project</source>
            <translation>Path in the project</translation>
        </message>
        <message>
            <source>New file</source>
            <translation>New file</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Keep (unavailable)</source>
            <translation>Keep (unavailable)</translation>
        </message>
        <message>
            <source>Use the new file</source>
            <translation>Use the new file</translation>
        </message>
        <message>
            <source>Drop the layer</source>
            <translation>Drop the layer</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>&amp;Search a folder…</source>
            <translation>&amp;Search a folder…</translation>
        </message>
        <message>
            <source>&amp;Load</source>
            <translation>&amp;Load</translation>
        </message>
        <message>
            <source>Keep all unavailable</source>
            <translation>Keep all unavailable</translation>
        </message>
        <message>
            <source>Find the file of layer %1 (was %2)</source>
            <translation>Find the file of layer %1 (was %2)</translation>
        </message>
        <message>
            <source>Layers (*.shp *.gpkg *.geojson *.json *.csv *.xlsx *.kml *.gml);;All files (*)</source>
            <translation>Layers (*.shp *.gpkg *.geojson *.json *.csv *.xlsx *.kml *.gml);;All files (*)</translation>
        </message>
        <message>
            <source>Search a folder for the missing files</source>
            <translation>Search a folder for the missing files</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) found in %1.</source>
            <translation>
                <numerusform>%n files found in %1.</numerusform>
                <numerusform>%n files found in %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>To read again: %1; to drop: %2; kept unavailable: %3.</source>
            <translation>To read again: %1; to drop: %2; kept unavailable: %3.</translation>
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
        <name>vt::gui::SelectByExpressionDialog</name>
        <message>
            <source>=</source>
            <translation>=</translation>
        </message>
        <message>
            <source>≠</source>
            <translation>≠</translation>
        </message>
        <message>
            <source>&lt;</source>
            <translation>&lt;</translation>
        </message>
        <message>
            <source>&gt;</source>
            <translation>&gt;</translation>
        </message>
        <message>
            <source>contains</source>
            <translation>contains</translation>
        </message>
        <message>
            <source>starts with</source>
            <translation>starts with</translation>
        </message>
        <message>
            <source>Select by expression</source>
            <translation>Select by expression</translation>
        </message>
        <message>
            <source>Layer:</source>
            <translation>Layer:</translation>
        </message>
        <message>
            <source>Add condition</source>
            <translation>Add condition</translation>
        </message>
        <message>
            <source>Add to the current selection</source>
            <translation>Add to the current selection</translation>
        </message>
        <message>
            <source>Select</source>
            <translation>Select</translation>
        </message>
        <message>
            <source>AND</source>
            <translation>AND</translation>
        </message>
        <message>
            <source>OR</source>
            <translation>OR</translation>
        </message>
        <message>
            <source>value</source>
            <translation>value</translation>
        </message>
        <message>
            <source>Remove this condition</source>
            <translation>Remove this condition</translation>
        </message>
        <message>
            <source>Choose a layer.</source>
            <translation>Choose a layer.</translation>
        </message>
        <message numerus="yes">
            <source>%n feature(s) match.</source>
            <translation>
                <numerusform>%n features match.</numerusform>
                <numerusform>%n features match.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vt::gui::SplitDialog</name>
        <message>
            <source>Split planting areas</source>
            <translation>Split planting areas</translation>
        </message>
        <message>
            <source>Codes are unique, so the largest part of each planting area keeps its code and its other attributes; every other part is a new planting area with the next free code of the project's pattern and the same crop and cooperative. Declared hectares are shared out in proportion to the parts' areas. Change the new codes here if the register gives others.</source>
            <translation>Codes are unique, so the largest part of each planting area keeps its code and its other attributes; every other part is a new planting area with the next free code of the project's pattern and the same crop and cooperative. Declared hectares are shared out in proportion to the parts' areas. Change the new codes here if the register gives others.</translation>
        </message>
        <message>
            <source>Split from</source>
            <translation>Split from</translation>
        </message>
        <message>
            <source>Area (ha)</source>
            <translation>Area (ha)</translation>
        </message>
        <message>
            <source>Declared (ha)</source>
            <translation>Declared (ha)</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>%1 (keeps its code)</source>
            <translation>%1 (keeps its code)</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Split</translation>
        </message>
        <message>
            <source>The code %1 is given to two parts.</source>
            <translation>The code %1 is given to two parts.</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::StatisticsDocks</name>
        <message>
            <source>Statistics by zone</source>
            <translation>Statistics by zone</translation>
        </message>
        <message>
            <source>Cooperatives</source>
            <translation>Cooperatives</translation>
        </message>
        <message>
            <source>Statistics by:</source>
            <translation>Statistics by:</translation>
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
            <source>choose a polygon layer</source>
            <translation>choose a polygon layer</translation>
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
        <name>vt::gui::StatusReadout</name>
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
            <source>Scale 1:%1</source>
            <translation>Scale 1:%1</translation>
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
            <source>Give the URL template of the tiles.</source>
            <translation>Give the URL template of the tiles.</translation>
        </message>
        <message>
            <source>{z}, {x} and {y} stand for the zoom level and the tile's column and row (a WMTS template on the GoogleMapsCompatible grid names them {TileMatrix}, {TileCol} and {TileRow}). Tiles are kept on disk, so the map still shows them without a network. The attribution is drawn on the map and in exported maps, as tile providers require.</source>
            <translation>{z}, {x} and {y} stand for the zoom level and the tile's column and row (a WMTS template on the GoogleMapsCompatible grid names them {TileMatrix}, {TileCol} and {TileRow}). Tiles are kept on disk, so the map still shows them without a network. The attribution is drawn on the map and in exported maps, as tile providers require.</translation>
        </message>
    </context>
</TS>
