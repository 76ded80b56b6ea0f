<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_GB">
    <context>
        <name>AtlasText</name>
        <message>
            <source>Atlas of planting areas by %1</source>
            <translation>Tập bản đồ vùng trồng theo %1</translation>
        </message>
        <message>
            <source>Province totals</source>
            <translation>Tổng toàn tỉnh</translation>
        </message>
        <message>
            <source>Zones</source>
            <translation>Các vùng</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Trang %1/%2</translation>
        </message>
        <message>
            <source>Code %1 · %2</source>
            <translation>Mã %1 · %2</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Vùng</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Trang</translation>
        </message>
        <message>
            <source>Zone area (ha)</source>
            <translation>Diện tích vùng (ha)</translation>
        </message>
        <message>
            <source>Gross planted (ha)</source>
            <translation>Diện tích trồng gộp (ha)</translation>
        </message>
        <message>
            <source>Net planted (ha)</source>
            <translation>Diện tích trồng thực (ha)</translation>
        </message>
        <message>
            <source>Coverage (%)</source>
            <translation>Tỷ lệ phủ (%)</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Số mã</translation>
        </message>
        <message>
            <source>Cooperatives</source>
            <translation>Hợp tác xã</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Thành viên</translation>
        </message>
        <message>
            <source>OCOP cooperatives</source>
            <translation>HTX có OCOP</translation>
        </message>
        <message>
            <source>Investment (VND)</source>
            <translation>Đầu tư (VNĐ)</translation>
        </message>
        <message>
            <source>Declared (ha)</source>
            <translation>Diện tích kê khai (ha)</translation>
        </message>
        <message>
            <source>Cooperatives holding its planting areas</source>
            <translation>Hợp tác xã có vùng trồng trong vùng</translation>
        </message>
        <message>
            <source>Cooperative</source>
            <translation>Hợp tác xã</translation>
        </message>
        <message>
            <source>No cooperative linked</source>
            <translation>Chưa gắn hợp tác xã</translation>
        </message>
        <message>
            <source>Data-quality findings in this zone</source>
            <translation>Kết quả kiểm tra dữ liệu trong vùng</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Không có.</translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>… và %1 dòng nữa</translation>
        </message>
        <message>
            <source>Data quality: %1 error(s), %2 warning(s), %3 note(s) in the whole project.</source>
            <translation>Kiểm tra dữ liệu: %1 lỗi, %2 cảnh báo, %3 ghi chú trong toàn dự án.</translation>
        </message>
    </context>
    <context>
        <name>AttributeValidation</name>
        <message>
            <source>%1: "%2" is not a whole number.</source>
            <translation>%1: "%2" không phải là số nguyên.</translation>
        </message>
        <message>
            <source>%1: "%2" is not a number.</source>
            <translation>%1: "%2" không phải là số.</translation>
        </message>
        <message>
            <source>%1: "%2" is not a date (YYYY-MM-DD).</source>
            <translation>%1: "%2" không phải là ngày (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>%1: a %2 is required.</source>
            <translation>%1: cần có %2.</translation>
        </message>
        <message>
            <source>%1: %2 "%3" is already used by another feature.</source>
            <translation>%1: %2 "%3" đã được dùng cho đối tượng khác.</translation>
        </message>
        <message>
            <source>code</source>
            <translation>mã</translation>
        </message>
        <message>
            <source>%1: "%2" does not follow the project's code pattern %3.</source>
            <translation>%1: "%2" không theo mẫu mã của dự án %3.</translation>
        </message>
        <message>
            <source>The project's code pattern cannot be used: %1</source>
            <translation>Không dùng được mẫu mã của dự án: %1</translation>
        </message>
        <message>
            <source>%1: the declared area must be a positive number of hectares.</source>
            <translation>%1: diện tích khai báo phải là số héc-ta dương.</translation>
        </message>
        <message>
            <source>%1: no cooperative has the key "%2"; pick one from the list.</source>
            <translation>%1: không hợp tác xã nào có mã "%2"; hãy chọn trong danh sách.</translation>
        </message>
        <message>
            <source>key</source>
            <translation>mã</translation>
        </message>
        <message>
            <source>%1: members must be a whole number, 0 or more.</source>
            <translation>%1: số thành viên phải là số nguyên, từ 0 trở lên.</translation>
        </message>
        <message>
            <source>%1: OCOP stars are 0 to 5.</source>
            <translation>%1: số sao OCOP từ 0 đến 5.</translation>
        </message>
        <message>
            <source>%1: the amount must be a whole number of đồng, 0 or more.</source>
            <translation>%1: số tiền phải là số đồng nguyên, từ 0 trở lên.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>DemoOffer</name>
        <message>
            <source>Welcome to VungTrong</source>
            <translation>Chào mừng đến với VungTrong</translation>
        </message>
        <message>
            <source>&lt;b&gt;No project is open.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Chưa mở dự án nào.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>VungTrong is installed with a demo province project: zones, planting areas, cooperatives and investments whose totals are a province's published figures and whose geometry is synthetic.&lt;br&gt;&lt;br&gt;Open the demo, or a project of your own (.vtproj)?</source>
            <translation>VungTrong được cài kèm một dự án tỉnh mẫu: các vùng, vùng trồng, hợp tác xã và khoản đầu tư có tổng số theo số liệu công bố của một tỉnh, còn hình học là giả lập.&lt;br&gt;&lt;br&gt;Mở dự án mẫu, hay một dự án của bạn (.vtproj)?</translation>
        </message>
        <message>
            <source>Open the &amp;demo</source>
            <translation>Mở dự án &amp;mẫu</translation>
        </message>
        <message>
            <source>Open a &amp;project…</source>
            <translation>Mở một &amp;dự án…</translation>
        </message>
        <message>
            <source>&amp;Start empty</source>
            <translation>&amp;Bắt đầu trống</translation>
        </message>
    </context>
    <context>
        <name>DocumentMessages</name>
        <message>
            <source>Warning</source>
            <translation>Cảnh báo</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Lỗi</translation>
        </message>
        <message>
            <source>Repaired [%1] feature %2: %3</source>
            <translation>Đã sửa [%1] đối tượng %2: %3</translation>
        </message>
        <message>
            <source>Style: %1</source>
            <translation>Kiểu hiển thị: %1</translation>
        </message>
        <message>
            <source>Statistics could not be computed: %1</source>
            <translation>Không tính được thống kê: %1</translation>
        </message>
        <message>
            <source>Crosswalk: %1</source>
            <translation>Bảng chuyển đổi: %1</translation>
        </message>
        <message>
            <source>Zones of layer %1 are named by the field %2 (code) and %3 (name): the project names no fields for this layer, and these differ between features.</source>
            <translation>Các vùng của lớp %1 được đặt tên theo trường %2 (mã) và %3 (tên): dự án không chỉ định trường cho lớp này, và giá trị các trường này khác nhau giữa các đối tượng.</translation>
        </message>
        <message>
            <source>Zone name %1 (%2) is held by %3 zones of layer %4: tell them apart by their codes.</source>
            <translation>Tên vùng %1 (%2) được dùng cho %3 vùng của lớp %4: hãy phân biệt chúng theo mã.</translation>
        </message>
    </context>
    <context>
        <name>Headless</name>
        <message>
            <source>no display; give a project to render: %1</source>
            <translation>không có màn hình; hãy chỉ định dự án cần xuất bản đồ: %1</translation>
        </message>
        <message>
            <source>cannot create %1</source>
            <translation>không tạo được %1</translation>
        </message>
        <message>
            <source>map: %1</source>
            <translation>bản đồ: %1</translation>
        </message>
        <message>
            <source>statistics: %1</source>
            <translation>thống kê: %1</translation>
        </message>
        <message>
            <source>statistics: none (%1)</source>
            <translation>thống kê: không có (%1)</translation>
        </message>
        <message>
            <source>data quality: %1 error(s), %2 warning(s), %3 note(s); `%4` lists them</source>
            <translation>kiểm tra dữ liệu: %1 lỗi, %2 cảnh báo, %3 ghi chú; `%4` liệt kê chi tiết</translation>
        </message>
    </context>
    <context>
        <name>MapText</name>
        <message>
            <source>Planted coverage (% of zone)</source>
            <translation>Tỷ lệ diện tích trồng (% diện tích vùng)</translation>
        </message>
        <message>
            <source>Planting areas by crop</source>
            <translation>Vùng trồng theo cây trồng</translation>
        </message>
        <message>
            <source>Other crops</source>
            <translation>Cây trồng khác</translation>
        </message>
        <message>
            <source>No statistics</source>
            <translation>Không có thống kê</translation>
        </message>
        <message>
            <source>Cooperatives (area ∝ members)</source>
            <translation>Hợp tác xã (diện tích ∝ số thành viên)</translation>
        </message>
        <message>
            <source>%1 members</source>
            <translation>%1 thành viên</translation>
        </message>
        <message>
            <source>Has investments</source>
            <translation>Có đầu tư</translation>
        </message>
        <message>
            <source>Province boundary</source>
            <translation>Ranh giới tỉnh</translation>
        </message>
        <message>
            <source>N</source>
            <comment>north arrow</comment>
            <translation>B</translation>
        </message>
        <message>
            <source>VungTrong — demo data, synthetic</source>
            <translation>VungTrong — dữ liệu mẫu, giả lập</translation>
        </message>
        <message>
            <source>under %1</source>
            <translation>dưới %1</translation>
        </message>
        <message>
            <source>%1 or more</source>
            <translation>từ %1 trở lên</translation>
        </message>
        <message>
            <source>Small plots: share of land planted</source>
            <translation>Vùng trồng nhỏ: tỷ lệ đất trồng</translation>
        </message>
        <message>
            <source>No value</source>
            <translation>Không có giá trị</translation>
        </message>
    </context>
    <context>
        <name>PrintText</name>
        <message>
            <source>Scale %1</source>
            <translation>Tỷ lệ %1</translation>
        </message>
        <message>
            <source>Prepared by: %1</source>
            <translation>Người lập: %1</translation>
        </message>
        <message>
            <source>Coordinate system: %1</source>
            <translation>Hệ tọa độ: %1</translation>
        </message>
        <message>
            <source>Background: %1</source>
            <translation>Ảnh nền: %1</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Vị trí</translation>
        </message>
        <message>
            <source>E</source>
            <comment>longitude east</comment>
            <translation>Đ</translation>
        </message>
        <message>
            <source>N</source>
            <comment>latitude north</comment>
            <translation>B</translation>
        </message>
    </context>
    <context>
        <name>StyleText</name>
        <message>
            <source>Layer “%1”: no field “%2” to label by</source>
            <translation>Lớp “%1”: không có trường “%2” để ghi nhãn</translation>
        </message>
        <message>
            <source>Layer “%1”: no field “%2” to classify by</source>
            <translation>Lớp “%1”: không có trường “%2” để phân lớp</translation>
        </message>
        <message>
            <source>Other values</source>
            <translation>Giá trị khác</translation>
        </message>
        <message>
            <source>Layer “%1”: field “%2” holds no numbers to grade by</source>
            <translation>Lớp “%1”: trường “%2” không có số để phân cấp</translation>
        </message>
    </context>
    <context>
        <name>vt::gui</name>
        <message>
            <source>the zones the statistics are computed by</source>
            <translation>các vùng dùng để tính thống kê</translation>
        </message>
        <message>
            <source>the planting areas every statistic measures</source>
            <translation>các vùng trồng mà mọi thống kê đều đo</translation>
        </message>
        <message>
            <source>the cooperatives the planting areas are linked to</source>
            <translation>các hợp tác xã mà vùng trồng liên kết tới</translation>
        </message>
        <message>
            <source>the investments summed per cooperative and zone</source>
            <translation>các khoản đầu tư được cộng theo hợp tác xã và vùng</translation>
        </message>
        <message>
            <source>the layer the statistics are shown by</source>
            <translation>lớp đang dùng để hiển thị thống kê</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::AddPostgisLayerDialog</name>
        <message>
            <source>Add PostGIS layer</source>
            <translation>Thêm lớp PostGIS</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Thêm</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::AttributeDocks</name>
        <message>
            <source>Attributes: %1</source>
            <translation>Thuộc tính: %1</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::AttributeForm</name>
        <message>
            <source>New feature of %1</source>
            <translation>Đối tượng mới của %1</translation>
        </message>
        <message>
            <source>Feature %1 of %2</source>
            <translation>Đối tượng %1 của %2</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::AttributeTablePanel</name>
        <message>
            <source>%1 rows</source>
            <translation>%1 dòng</translation>
        </message>
        <message>
            <source>%1 of %2 rows</source>
            <translation>%1 trên %2 dòng</translation>
        </message>
        <message>
            <source>Filter: rows where any column contains…</source>
            <translation>Lọc: các dòng có cột bất kỳ chứa…</translation>
        </message>
        <message>
            <source>Selected only</source>
            <translation>Chỉ các dòng đang chọn</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::CooperativesModel</name>
        <message>
            <source>outside every zone</source>
            <translation>nằm ngoài mọi vùng</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Cooperative</source>
            <translation>Hợp tác xã</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Vùng</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Thành viên</translation>
        </message>
        <message>
            <source>OCOP stars</source>
            <translation>Sao OCOP</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Số mã</translation>
        </message>
        <message>
            <source>Planted (ha)</source>
            <translation>Diện tích trồng (ha)</translation>
        </message>
        <message>
            <source>Investment (VND)</source>
            <translation>Đầu tư (VNĐ)</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::DeclareCrsController</name>
        <message>
            <source>Declare the CRS…</source>
            <translation>Khai báo hệ tọa độ…</translation>
        </message>
        <message>
            <source>Confirm or correct the coordinate system of a layer whose file does not say it (a shapefile without .prj): recorded in the project</source>
            <translation>Xác nhận hoặc sửa hệ tọa độ của lớp mà tệp không ghi (shapefile không có .prj): ghi vào dự án</translation>
        </message>
        <message>
            <source>Cannot declare the coordinate system</source>
            <translation>Không thể khai báo hệ tọa độ</translation>
        </message>
        <message>
            <source>No layer of the project has a guessed coordinate system.</source>
            <translation>Dự án không có lớp nào có hệ tọa độ phỏng đoán.</translation>
        </message>
        <message>
            <source>The project has no layer %1.</source>
            <translation>Dự án không có lớp %1.</translation>
        </message>
        <message>
            <source>%1 is being edited: save or discard its edits and stop editing it first.</source>
            <translation>%1 đang được sửa: hãy lưu hoặc bỏ các chỉnh sửa và dừng sửa lớp trước.</translation>
        </message>
        <message>
            <source>declare the CRS of %1 as %2</source>
            <translation>khai báo hệ tọa độ của %1 là %2</translation>
        </message>
        <message>
            <source>The coordinate system of %1 is declared as %2: save the project to keep it.</source>
            <translation>Hệ tọa độ của %1 đã được khai báo là %2: hãy lưu dự án để giữ lại.</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::DeclareCrsDialog</name>
        <message>
            <source>Declare the coordinate system</source>
            <translation>Khai báo hệ tọa độ</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The answer is recorded in the project file, as the layer's coordinate system ("crs"), which the app and vungtrong-cli both read. The data's files are not changed and no file (such as a .prj) is added beside them. Save the project to keep it; Edit ▸ Undo takes it back.</source>
            <translation>Câu trả lời được ghi vào tệp dự án, là hệ tọa độ của lớp ("crs"), mà cả ứng dụng và vungtrong-cli đều đọc. Các tệp dữ liệu không bị thay đổi và không có tệp nào (như .prj) được thêm bên cạnh. Hãy lưu dự án để giữ lại; Sửa ▸ Hoàn tác sẽ hủy bỏ.</translation>
        </message>
        <message>
            <source>Declare</source>
            <translation>Khai báo</translation>
        </message>
        <message>
            <source>Layer:</source>
            <translation>Lớp:</translation>
        </message>
        <message>
            <source>Coordinate system:</source>
            <translation>Hệ tọa độ:</translation>
        </message>
        <message>
            <source>%1 does not say its coordinate system. VungTrong guessed %2 (%3): %4</source>
            <translation>%1 không ghi hệ tọa độ. VungTrong phỏng đoán là %2 (%3): %4</translation>
        </message>
        <message>
            <source>%1 — %2 (the guess)</source>
            <translation>%1 — %2 (phỏng đoán)</translation>
        </message>
        <message>
            <source>%1 — %2 (moves the layer by %3 m)</source>
            <translation>%1 — %2 (lớp dịch đi %3 m)</translation>
        </message>
        <message>
            <source>%1 (the province's coordinate system)</source>
            <translation>%1 (hệ tọa độ của tỉnh)</translation>
        </message>
        <message>
            <source>No layer of the project has a guessed coordinate system.</source>
            <translation>Dự án không có lớp nào có hệ tọa độ phỏng đoán.</translation>
        </message>
        <message>
            <source>Choose or type a coordinate system (e.g. EPSG:9209).</source>
            <translation>Hãy chọn hoặc nhập một hệ tọa độ (ví dụ EPSG:9209).</translation>
        </message>
        <message>
            <source>%1, in %2</source>
            <translation>%1, đơn vị %2</translation>
        </message>
        <message>
            <source>degrees</source>
            <translation>độ</translation>
        </message>
        <message>
            <source>metres</source>
            <translation>mét</translation>
        </message>
        <message>
            <source>Not a coordinate system PROJ knows: %1</source>
            <translation>PROJ không biết hệ tọa độ này: %1</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::EditController</name>
        <message>
            <source>Edit layer</source>
            <translation>Sửa lớp</translation>
        </message>
        <message>
            <source>Edit the planting areas or the cooperatives (the layer chosen in the layers panel)</source>
            <translation>Sửa vùng trồng hoặc hợp tác xã (lớp đang chọn trong bảng lớp)</translation>
        </message>
        <message>
            <source>Add point</source>
            <translation>Thêm điểm</translation>
        </message>
        <message>
            <source>Add polygon</source>
            <translation>Thêm vùng</translation>
        </message>
        <message>
            <source>Click the vertices; double-click or Enter finishes, Backspace takes a vertex back, Esc cancels. Hold Ctrl on the first vertex to cut a hole in the selected polygon.</source>
            <translation>Nhấp các đỉnh; nhấp đúp hoặc Enter để kết thúc, Backspace bỏ đỉnh vừa đặt, Esc để hủy. Giữ Ctrl khi đặt đỉnh đầu tiên để khoét lỗ trong vùng đang chọn.</translation>
        </message>
        <message>
            <source>Vertex tool</source>
            <translation>Công cụ đỉnh</translation>
        </message>
        <message>
            <source>Drag a vertex of the selected feature; double-click an edge to add one, Shift-click a vertex to delete it</source>
            <translation>Kéo một đỉnh của đối tượng đang chọn; nhấp đúp lên cạnh để thêm đỉnh, Shift-nhấp lên đỉnh để xóa</translation>
        </message>
        <message>
            <source>Edit attributes…</source>
            <translation>Sửa thuộc tính…</translation>
        </message>
        <message>
            <source>Delete features</source>
            <translation>Xóa đối tượng</translation>
        </message>
        <message>
            <source>Snapping</source>
            <translation>Bắt điểm</translation>
        </message>
        <message>
            <source>Snap to vertices and edges of other plots and of zone borders within %1 px</source>
            <translation>Bắt vào đỉnh và cạnh của các thửa khác và ranh giới vùng trong phạm vi %1 px</translation>
        </message>
        <message>
            <source>Save edits</source>
            <translation>Lưu chỉnh sửa</translation>
        </message>
        <message>
            <source>Editing</source>
            <translation>Chỉnh sửa</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Lịch sử</translation>
        </message>
        <message>
            <source>&lt;opened&gt;</source>
            <translation>&lt;khi mở&gt;</translation>
        </message>
        <message>
            <source>Cannot edit</source>
            <translation>Không sửa được</translation>
        </message>
        <message>
            <source>Editing %1</source>
            <translation>Đang sửa %1</translation>
        </message>
        <message>
            <source>Stop editing</source>
            <translation>Dừng sửa</translation>
        </message>
        <message>
            <source>%1 has edits that are not saved to its file.</source>
            <translation>%1 có chỉnh sửa chưa được lưu vào tệp.</translation>
        </message>
        <message>
            <source>discard edits of %1</source>
            <translation>bỏ chỉnh sửa của %1</translation>
        </message>
        <message>
            <source>Geometry refused</source>
            <translation>Hình học bị từ chối</translation>
        </message>
        <message>
            <source>The geometry is empty.</source>
            <translation>Hình học rỗng.</translation>
        </message>
        <message>
            <source>This layer holds points.</source>
            <translation>Lớp này chứa điểm.</translation>
        </message>
        <message>
            <source>This layer holds polygons.</source>
            <translation>Lớp này chứa vùng.</translation>
        </message>
        <message>
            <source>The polygon is not valid (%1) and nothing is left once repaired.</source>
            <translation>Vùng không hợp lệ (%1) và không còn gì sau khi sửa.</translation>
        </message>
        <message>
            <source>The polygon was not valid (%1) and was repaired: %2</source>
            <translation>Vùng không hợp lệ (%1) và đã được sửa: %2</translation>
        </message>
        <message>
            <source>Cannot apply the edit</source>
            <translation>Không áp dụng được chỉnh sửa</translation>
        </message>
        <message>
            <source>Feature refused</source>
            <translation>Đối tượng bị từ chối</translation>
        </message>
        <message>
            <source>add feature to %1</source>
            <translation>thêm đối tượng vào %1</translation>
        </message>
        <message>
            <source>Edit refused</source>
            <translation>Chỉnh sửa bị từ chối</translation>
        </message>
        <message>
            <source>edit attributes of feature %1</source>
            <translation>sửa thuộc tính đối tượng %1</translation>
        </message>
        <message>
            <source>edit geometry of feature %1</source>
            <translation>sửa hình học đối tượng %1</translation>
        </message>
        <message numerus="yes">
            <source>delete %n feature(s)</source>
            <translation>
                <numerusform>xóa %n đối tượng</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot save edits</source>
            <translation>Không lưu được chỉnh sửa</translation>
        </message>
        <message>
            <source>Select the polygon to cut the hole in first.</source>
            <translation>Hãy chọn vùng cần khoét lỗ trước.</translation>
        </message>
        <message>
            <source>New planting area</source>
            <translation>Vùng trồng mới</translation>
        </message>
        <message>
            <source>New cooperative</source>
            <translation>Hợp tác xã mới</translation>
        </message>
        <message>
            <source>Write the edits to the layer's file</source>
            <translation>Ghi các chỉnh sửa vào tệp của lớp</translation>
        </message>
        <message>
            <source>Write the edits to %1</source>
            <translation>Ghi các chỉnh sửa vào %1</translation>
        </message>
        <message>
            <source>This layer cannot be saved to its source: %1</source>
            <translation>Không lưu được lớp này vào nguồn của nó: %1</translation>
        </message>
        <message>
            <source>it was not read from a file</source>
            <translation>lớp không được đọc từ tệp</translation>
        </message>
        <message>
            <source>No edits to save.</source>
            <translation>Không có chỉnh sửa nào cần lưu.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n edit(s) to %1</source>
            <translation>
                <numerusform>Đã lưu %n chỉnh sửa vào %1</numerusform>
            </translation>
        </message>
        <message>
            <source>(previous files kept in %1)</source>
            <translation>(tệp cũ được giữ tại %1)</translation>
        </message>
        <message>
            <source>The file renumbered its features: the History starts again.</source>
            <translation>Tệp đã đánh số lại các đối tượng: Lịch sử bắt đầu lại.</translation>
        </message>
        <message>
            <source>Saved, but the layer could not be read again</source>
            <translation>Đã lưu, nhưng không đọc lại được lớp</translation>
        </message>
        <message>
            <source>The file changed on disk</source>
            <translation>Tệp đã thay đổi trên đĩa</translation>
        </message>
        <message>
            <source>%1

Another program changed the layer's file since VungTrong read it. Your edits are kept: save them as a copy, or read the file again (your edits stay in the History).</source>
            <translation>%1

Một chương trình khác đã sửa tệp của lớp từ khi VungTrong đọc nó. Các chỉnh sửa của bạn vẫn được giữ: hãy lưu thành bản sao, hoặc đọc lại tệp (các chỉnh sửa vẫn nằm trong Lịch sử).</translation>
        </message>
        <message>
            <source>Save as copy…</source>
            <translation>Lưu thành bản sao…</translation>
        </message>
        <message>
            <source>Reload from disk</source>
            <translation>Đọc lại từ đĩa</translation>
        </message>
        <message>
            <source>Save the edited layer as</source>
            <translation>Lưu lớp đã sửa thành</translation>
        </message>
        <message>
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <source>Cannot read the layer again</source>
            <translation>Không đọc lại được lớp</translation>
        </message>
        <message>
            <source>reload %1 from disk</source>
            <translation>đọc lại %1 từ đĩa</translation>
        </message>
        <message>
            <source>Check: %1</source>
            <translation>Kiểm tra: %1</translation>
        </message>
        <message>
            <source>Merge features</source>
            <translation>Gộp đối tượng</translation>
        </message>
        <message>
            <source>One polygon from the selected ones: the first keeps its attributes, the others are deleted</source>
            <translation>Gộp các vùng đang chọn thành một: vùng đầu tiên giữ thuộc tính, các vùng khác bị xóa</translation>
        </message>
        <message>
            <source>Cannot merge</source>
            <translation>Không gộp được</translation>
        </message>
        <message numerus="yes">
            <source>merge %n feature(s)</source>
            <translation>
                <numerusform>gộp %n đối tượng</numerusform>
            </translation>
        </message>
        <message>
            <source>an earlier edit of this feature could not be applied</source>
            <translation>một chỉnh sửa trước đó của đối tượng này không áp dụng được</translation>
        </message>
        <message>
            <source>its geometry is in %1, not WGS 84</source>
            <translation>hình học của nó ở hệ %1, không phải WGS 84</translation>
        </message>
        <message>
            <source>the layer's fields are not the ones it was made with</source>
            <translation>các trường của lớp không còn như lúc chỉnh sửa</translation>
        </message>
        <message>
            <source>the layer already has a feature with this FID</source>
            <translation>lớp đã có một đối tượng mang FID này</translation>
        </message>
        <message>
            <source>the feature is no longer in the file</source>
            <translation>đối tượng không còn trong tệp</translation>
        </message>
        <message>
            <source>the feature changed in the file since</source>
            <translation>đối tượng đã thay đổi trong tệp kể từ lúc đó</translation>
        </message>
        <message>
            <source>New feature %1 (%2, %3): %4</source>
            <translation>Đối tượng mới %1 (%2, %3): %4</translation>
        </message>
        <message>
            <source>Deleting feature %1 (%2, %3): %4</source>
            <translation>Xóa đối tượng %1 (%2, %3): %4</translation>
        </message>
        <message>
            <source>Edit of feature %1 (%2, %3): %4</source>
            <translation>Sửa đối tượng %1 (%2, %3): %4</translation>
        </message>
        <message>
            <source>No unsaved edits to recover in this project's edit journal.</source>
            <translation>Nhật ký chỉnh sửa của dự án không có chỉnh sửa chưa lưu nào cần khôi phục.</translation>
        </message>
        <message>
            <source>Recover unsaved edits…</source>
            <translation>Khôi phục chỉnh sửa chưa lưu…</translation>
        </message>
        <message>
            <source>Edits a VungTrong that did not close cleanly left unsaved in this project's edit journal</source>
            <translation>Các chỉnh sửa chưa lưu mà một phiên VungTrong đóng không bình thường để lại trong nhật ký chỉnh sửa của dự án</translation>
        </message>
        <message>
            <source>Export audit log (CSV)…</source>
            <translation>Xuất nhật ký kiểm tra (CSV)…</translation>
        </message>
        <message>
            <source>Every edit made to this project's layers: what, when and by which user, as CSV</source>
            <translation>Mọi chỉnh sửa trên các lớp của dự án: sửa gì, lúc nào, người dùng nào, dạng CSV</translation>
        </message>
        <message>
            <source>The edit journal could not be written, edits are not safe from a crash: %1</source>
            <translation>Không ghi được nhật ký chỉnh sửa, các chỉnh sửa không được bảo vệ khi chương trình bị sập: %1</translation>
        </message>
        <message>
            <source>Cannot recover edits</source>
            <translation>Không khôi phục được chỉnh sửa</translation>
        </message>
        <message>
            <source>The project has no layer %1 any more.</source>
            <translation>Dự án không còn lớp %1.</translation>
        </message>
        <message>
            <source>None of the edits can be applied to the file as it is now:
%1</source>
            <translation>Không chỉnh sửa nào áp dụng được cho tệp như hiện nay:
%1</translation>
        </message>
        <message numerus="yes">
            <source>recover %n edit(s) of %1</source>
            <translation>
                <numerusform>khôi phục %n chỉnh sửa của %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n edit(s): they are not saved yet (Save edits writes them).</source>
            <translation>
                <numerusform>Đã khôi phục %n chỉnh sửa: chúng chưa được lưu (Lưu chỉnh sửa sẽ ghi chúng).</numerusform>
            </translation>
        </message>
        <message>
            <source>Not applied: %1</source>
            <translation>Không áp dụng: %1</translation>
        </message>
        <message>
            <source>Cannot discard the edits</source>
            <translation>Không hủy được các chỉnh sửa</translation>
        </message>
        <message numerus="yes">
            <source>Discarded %n unsaved edit(s) (they stay in the audit log).</source>
            <translation>
                <numerusform>Đã hủy %n chỉnh sửa chưa lưu (vẫn còn trong nhật ký kiểm tra).</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot export the audit log</source>
            <translation>Không xuất được nhật ký kiểm tra</translation>
        </message>
        <message>
            <source>Save the project first: the edit journal lies beside its file.</source>
            <translation>Hãy lưu dự án trước: nhật ký chỉnh sửa nằm cạnh tệp dự án.</translation>
        </message>
        <message>
            <source>Export audit log</source>
            <translation>Xuất nhật ký kiểm tra</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n journal record(s) to %1</source>
            <translation>
                <numerusform>Đã ghi %n bản ghi nhật ký vào %1</numerusform>
            </translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Tệp CSV (*.csv)</translation>
        </message>
        <message>
            <source>Split features</source>
            <translation>Tách đối tượng</translation>
        </message>
        <message>
            <source>Draw a line across the selected planting areas (or any, when none is selected): click the vertices, double-click or Enter finishes. The largest part keeps the code; the others get the next free codes, shown for confirmation.</source>
            <translation>Vẽ một đường cắt ngang các vùng trồng đang chọn (hoặc bất kỳ vùng nào khi chưa chọn): nhấp các đỉnh, nhấp đúp hoặc Enter để kết thúc. Phần lớn nhất giữ mã; các phần khác nhận các mã còn trống kế tiếp, hiển thị để xác nhận.</translation>
        </message>
        <message>
            <source>Only the planting areas, the cooperatives and tables without geometry (investments, registers) can be edited.</source>
            <translation>Chỉ sửa được vùng trồng, hợp tác xã và các bảng không có hình học (đầu tư, sổ đăng ký).</translation>
        </message>
        <message>
            <source>FID %1</source>
            <translation>FID %1</translation>
        </message>
        <message>
            <source>Cannot split</source>
            <translation>Không tách được</translation>
        </message>
        <message>
            <source>The line does not cut %1 right through: draw it from outside the planting area, across it, to outside again (or from border to border).</source>
            <translation>Đường vẽ không cắt hết qua %1: hãy vẽ từ ngoài vùng trồng, cắt ngang qua, rồi ra ngoài lần nữa (hoặc từ ranh này sang ranh kia).</translation>
        </message>
        <message>
            <source>The line does not cross the selected planting areas.</source>
            <translation>Đường vẽ không cắt qua các vùng trồng đang chọn.</translation>
        </message>
        <message>
            <source>The line does not cross any planting area.</source>
            <translation>Đường vẽ không cắt qua vùng trồng nào.</translation>
        </message>
        <message numerus="yes">
            <source>split %n feature(s)</source>
            <translation>
                <numerusform>tách %n đối tượng</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Split %n planting area(s) into %1 parts; the largest part keeps the code.</source>
            <translation>
                <numerusform>Đã tách %n vùng trồng thành %1 phần; phần lớn nhất giữ mã.</numerusform>
            </translation>
        </message>
        <message>
            <source>New codes: %1.</source>
            <translation>Mã mới: %1.</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::ExportController</name>
        <message>
            <source>Export map as &amp;PNG…</source>
            <translation>Xuất bản đồ ra &amp;PNG…</translation>
        </message>
        <message>
            <source>E&amp;xport map (print layout, PDF or PNG)…</source>
            <translation>&amp;Xuất bản đồ (trang in, PDF hoặc PNG)…</translation>
        </message>
        <message>
            <source>Export &amp;statistics (CSV, XLSX)…</source>
            <translation>Xuất &amp;thống kê (CSV, XLSX)…</translation>
        </message>
        <message>
            <source>Export &amp;layer (GeoJSON, GeoPackage, Shapefile, CSV, XLSX, PostGIS)…</source>
            <translation>Xuất &amp;lớp (GeoJSON, GeoPackage, Shapefile, CSV, XLSX, PostGIS)…</translation>
        </message>
        <message>
            <source>Cannot export the map</source>
            <translation>Không xuất được bản đồ</translation>
        </message>
        <message>
            <source>Map exported to %1</source>
            <translation>Đã xuất bản đồ ra %1</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Tài liệu PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Ảnh PNG (*.png)</translation>
        </message>
        <message>
            <source>Export map</source>
            <translation>Xuất bản đồ</translation>
        </message>
        <message>
            <source>Export statistics</source>
            <translation>Xuất thống kê</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV table of the zones (*.csv)</source>
            <translation>Sổ tính Excel (*.xlsx);;Bảng CSV theo vùng (*.csv)</translation>
        </message>
        <message>
            <source>Cannot export statistics</source>
            <translation>Không xuất được thống kê</translation>
        </message>
        <message>
            <source>No project is open.</source>
            <translation>Chưa mở dự án nào.</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>Đã ghi %1</translation>
        </message>
        <message>
            <source>Cannot export findings</source>
            <translation>Không xuất được kết quả kiểm tra</translation>
        </message>
        <message>
            <source>Exporting %1…</source>
            <translation>Đang xuất %1…</translation>
        </message>
        <message>
            <source>Export cancelled; any earlier file is unchanged.</source>
            <translation>Đã hủy xuất; tệp cũ (nếu có) vẫn giữ nguyên.</translation>
        </message>
        <message>
            <source>Cannot export layer</source>
            <translation>Không xuất được lớp</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n feature(s) to %1</source>
            <translation>
                <numerusform>Đã ghi %n đối tượng vào %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Export findings</source>
            <translation>Xuất kết quả kiểm tra</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
            <translation>Tệp Excel (*.xlsx);;Bảng CSV (*.csv)</translation>
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
            <translation>GeoJSON theo dòng (cho lớp lớn)</translation>
        </message>
        <message>
            <source>GeoPackage (project CRS)</source>
            <translation>GeoPackage (hệ tọa độ của dự án)</translation>
        </message>
        <message>
            <source>Shapefile (project CRS, UTF-8)</source>
            <translation>Shapefile (hệ tọa độ của dự án, UTF-8)</translation>
        </message>
        <message>
            <source>CSV table</source>
            <translation>Bảng CSV</translation>
        </message>
        <message>
            <source>Excel workbook (XLSX)</source>
            <translation>Sổ tính Excel (XLSX)</translation>
        </message>
        <message>
            <source>Export layer</source>
            <translation>Xuất lớp</translation>
        </message>
        <message>
            <source>Add linked attributes (measured ha, cooperative, zone, investments)</source>
            <translation>Thêm thuộc tính liên kết (diện tích đo, hợp tác xã, vùng, đầu tư)</translation>
        </message>
        <message>
            <source>All features</source>
            <translation>Tất cả đối tượng</translation>
        </message>
        <message>
            <source>Features in zone</source>
            <translation>Các đối tượng trong vùng</translation>
        </message>
        <message>
            <source>Clip to the zone</source>
            <translation>Cắt theo ranh giới vùng</translation>
        </message>
        <message>
            <source>Decimals of longitude and latitude; 7 decimals are about 1 cm.</source>
            <translation>Số chữ số thập phân của kinh độ, vĩ độ; 7 chữ số là khoảng 1 cm.</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <source>Layer:</source>
            <translation>Lớp:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Định dạng:</translation>
        </message>
        <message>
            <source>Features:</source>
            <translation>Đối tượng:</translation>
        </message>
        <message>
            <source>Coordinate decimals:</source>
            <translation>Số thập phân của tọa độ:</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Tệp:</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Xuất</translation>
        </message>
        <message numerus="yes">
            <source>Selected features (%n)</source>
            <translation>
                <numerusform>Các đối tượng đang chọn (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>PostGIS table (shared database)</source>
            <translation>Bảng PostGIS (cơ sở dữ liệu dùng chung)</translation>
        </message>
        <message>
            <source>Replace the table if it exists (in one transaction)</source>
            <translation>Thay bảng nếu đã có (trong một giao dịch)</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Cơ sở dữ liệu:</translation>
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
            <translation>Vĩ độ, kinh độ (WGS 84): %1</translation>
        </message>
        <message>
            <source>Longitude, latitude (WGS 84): %1</source>
            <translation>Kinh độ, vĩ độ (WGS 84): %1</translation>
        </message>
        <message>
            <source>X (northing) %1 m, Y (easting) %2 m in %3: %4</source>
            <translation>X (hướng bắc) %1 m, Y (hướng đông) %2 m trong %3: %4</translation>
        </message>
        <message>
            <source>Easting %2 m, northing %1 m in %3: %4</source>
            <translation>Hướng đông %2 m, hướng bắc %1 m trong %3: %4</translation>
        </message>
        <message>
            <source>Go to coordinate</source>
            <translation>Đến tọa độ</translation>
        </message>
        <message>
            <source>e.g. 9.6 105.97, 9°36′N 105°58′12″E or 1061653 551392</source>
            <translation>vd. 9,6 105,97; 9°36′N 105°58′12″E hoặc 1061653 551392</translation>
        </message>
        <message>
            <source>The coordinate system of coordinates in metres; degrees are read as WGS 84 (GPS).</source>
            <translation>Hệ tọa độ của tọa độ tính bằng mét; tọa độ độ được hiểu là WGS 84 (GPS).</translation>
        </message>
        <message>
            <source>Coordinate:</source>
            <translation>Tọa độ:</translation>
        </message>
        <message>
            <source>Metres are in:</source>
            <translation>Mét theo hệ:</translation>
        </message>
        <message>
            <source>Type longitude and latitude in degrees, or x and y in metres.</source>
            <translation>Nhập kinh độ và vĩ độ bằng độ, hoặc x và y bằng mét.</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::IdentifyPanel</name>
        <message>
            <source>Field</source>
            <translation>Trường</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Giá trị</translation>
        </message>
        <message>
            <source>Click a planting area, a cooperative or a zone on the map.</source>
            <translation>Nhấp vào một vùng trồng, một hợp tác xã hoặc một vùng hành chính trên bản đồ.</translation>
        </message>
        <message>
            <source>All attributes</source>
            <translation>Tất cả thuộc tính</translation>
        </message>
        <message>
            <source>Investments</source>
            <translation>Đầu tư</translation>
        </message>
        <message>
            <source>none</source>
            <translation>không có</translation>
        </message>
        <message>
            <source>Investment</source>
            <translation>Khoản đầu tư</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Thành viên</translation>
        </message>
        <message>
            <source>OCOP</source>
            <translation>OCOP</translation>
        </message>
        <message>
            <source>%1 stars</source>
            <translation>%1 sao</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Vùng</translation>
        </message>
        <message>
            <source>outside every zone</source>
            <translation>nằm ngoài mọi vùng</translation>
        </message>
        <message>
            <source>Planting area</source>
            <translation>Vùng trồng</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Crop</source>
            <translation>Cây trồng</translation>
        </message>
        <message>
            <source>Measured area (ha)</source>
            <translation>Diện tích đo (ha)</translation>
        </message>
        <message>
            <source>Declared area (ha)</source>
            <translation>Diện tích khai báo (ha)</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>không có</translation>
        </message>
        <message>
            <source>Measured − declared (ha)</source>
            <translation>Đo − khai báo (ha)</translation>
        </message>
        <message>
            <source>Cooperative</source>
            <translation>Hợp tác xã</translation>
        </message>
        <message>
            <source>not linked (key: %1)</source>
            <translation>chưa liên kết (mã: %1)</translation>
        </message>
        <message>
            <source>by key</source>
            <translation>theo mã</translation>
        </message>
        <message>
            <source>inferred: inside</source>
            <translation>suy luận: nằm bên trong</translation>
        </message>
        <message>
            <source>inferred: nearest, %1 m</source>
            <translation>suy luận: gần nhất, %1 m</translation>
        </message>
        <message>
            <source>Linked</source>
            <translation>Liên kết</translation>
        </message>
        <message>
            <source>Investments of the cooperative</source>
            <translation>Đầu tư của hợp tác xã</translation>
        </message>
        <message>
            <source>Planting areas</source>
            <translation>Vùng trồng</translation>
        </message>
        <message>
            <source>Planted area (ha)</source>
            <translation>Diện tích trồng (ha)</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Số mã</translation>
        </message>
        <message>
            <source>Zone area (ha)</source>
            <translation>Diện tích vùng (ha)</translation>
        </message>
        <message>
            <source>Gross planted (ha)</source>
            <translation>Diện tích trồng gộp (ha)</translation>
        </message>
        <message>
            <source>Net planted (ha)</source>
            <translation>Diện tích trồng thực (ha)</translation>
        </message>
        <message>
            <source>Coverage (%)</source>
            <translation>Tỷ lệ phủ (%)</translation>
        </message>
        <message>
            <source>Cooperatives</source>
            <translation>Hợp tác xã</translation>
        </message>
        <message>
            <source>Investment (VND)</source>
            <translation>Đầu tư (VNĐ)</translation>
        </message>
        <message>
            <source>By crop</source>
            <translation>Theo cây trồng</translation>
        </message>
        <message>
            <source>%1 ha net, %2 codes</source>
            <translation>%1 ha thực, %2 mã</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Thống kê</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>không có</translation>
        </message>
        <message>
            <source>Cooperatives holding planting areas here</source>
            <translation>Các hợp tác xã có vùng trồng tại đây</translation>
        </message>
        <message>
            <source>not linked to a cooperative</source>
            <translation>chưa liên kết với hợp tác xã</translation>
        </message>
        <message numerus="yes">
            <source>%1 ha, %n code(s)</source>
            <translation>
                <numerusform>%1 ha, %n mã</numerusform>
            </translation>
        </message>
        <message>
            <source>not measured: no boundary (a point)</source>
            <translation>chưa đo: chưa có ranh giới (chỉ có điểm)</translation>
        </message>
        <message>
            <source>feature %1</source>
            <translation>đối tượng %1</translation>
        </message>
        <message>
            <source>Under the click</source>
            <translation>Tại điểm nhấp</translation>
        </message>
        <message>
            <source>Double-click to show this cooperative</source>
            <translation>Nhấp đúp để xem hợp tác xã này</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::LanguageMenu</name>
        <message>
            <source>L&amp;anguage</source>
            <translation>&amp;Ngôn ngữ</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::LayersPanel</name>
        <message>
            <source>Opacity</source>
            <translation>Độ mờ đục</translation>
        </message>
        <message>
            <source>Move up (draw later)</source>
            <translation>Đưa lên (vẽ sau)</translation>
        </message>
        <message>
            <source>Move down (draw earlier)</source>
            <translation>Đưa xuống (vẽ trước)</translation>
        </message>
        <message>
            <source>Zoom to layer</source>
            <translation>Phóng tới lớp</translation>
        </message>
        <message>
            <source>Open attribute table</source>
            <translation>Mở bảng thuộc tính</translation>
        </message>
        <message>
            <source>Table without geometry</source>
            <translation>Bảng không có hình học</translation>
        </message>
        <message>
            <source>Outside the project folder: %1</source>
            <translation>Nằm ngoài thư mục dự án: %1</translation>
        </message>
        <message>
            <source>Network source: %1</source>
            <translation>Nguồn dữ liệu mạng: %1</translation>
        </message>
        <message>
            <source>Style…</source>
            <translation>Kiểu hiển thị…</translation>
        </message>
        <message>
            <source>Fill, stroke, labels and classes of the layer</source>
            <translation>Màu nền, viền, nhãn và các lớp phân loại của lớp bản đồ</translation>
        </message>
        <message>
            <source>Background raster, drawn under every layer</source>
            <translation>Ảnh nền, vẽ dưới mọi lớp</translation>
        </message>
        <message>
            <source>Cannot be drawn: %1</source>
            <translation>Không vẽ được: %1</translation>
        </message>
        <message>
            <source>Remove layer…</source>
            <translation>Gỡ lớp…</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::MainWindow</name>
        <message>
            <source>About VungTrong</source>
            <translation>Giới thiệu VungTrong</translation>
        </message>
        <message>
            <source>&lt;b&gt;VungTrong&lt;/b&gt; %1&lt;br&gt;Planting areas, cooperatives and investments of a province.&lt;br&gt;Statistics are computed by the geo library (GDAL, PROJ, GEOS); the demo data is synthetic.</source>
            <translation>&lt;b&gt;VungTrong&lt;/b&gt; %1&lt;br&gt;Vùng trồng, hợp tác xã và đầu tư của một tỉnh.&lt;br&gt;Số liệu thống kê do thư viện geo tính (GDAL, PROJ, GEOS); dữ liệu mẫu là dữ liệu giả lập.</translation>
        </message>
        <message>
            <source>Nothing found for “%1”</source>
            <translation>Không tìm thấy “%1”</translation>
        </message>
        <message>
            <source>VungTrong — planting areas</source>
            <translation>VungTrong — vùng trồng</translation>
        </message>
        <message>
            <source>%1 — VungTrong</source>
            <translation>%1 — VungTrong</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <source>&amp;Open project…</source>
            <translation>&amp;Mở dự án…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Mở &amp;gần đây</translation>
        </message>
        <message>
            <source>&amp;Add layer…</source>
            <translation>&amp;Thêm lớp…</translation>
        </message>
        <message>
            <source>&amp;Save project</source>
            <translation>&amp;Lưu dự án</translation>
        </message>
        <message>
            <source>Save project &amp;as…</source>
            <translation>Lưu dự án &amp;thành…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>T&amp;hoát</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Xem</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Phóng &amp;to</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Thu &amp;nhỏ</translation>
        </message>
        <message>
            <source>&amp;Full extent</source>
            <translation>&amp;Toàn bộ</translation>
        </message>
        <message>
            <source>Show la&amp;bels</source>
            <translation>Hiện &amp;nhãn</translation>
        </message>
        <message>
            <source>&amp;Layer</source>
            <translation>&amp;Lớp</translation>
        </message>
        <message>
            <source>&amp;Attribute table</source>
            <translation>&amp;Bảng thuộc tính</translation>
        </message>
        <message>
            <source>&amp;Zoom to layer</source>
            <translation>&amp;Phóng tới lớp</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <source>&amp;About VungTrong</source>
            <translation>&amp;Giới thiệu VungTrong</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Thanh công cụ chính</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>Các lớp</translation>
        </message>
        <message>
            <source>Identify</source>
            <translation>Thông tin đối tượng</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Thông báo</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Đang mở %1…</translation>
        </message>
        <message>
            <source>Opening cancelled.</source>
            <translation>Đã hủy mở dự án.</translation>
        </message>
        <message>
            <source>Cannot open project</source>
            <translation>Không mở được dự án</translation>
        </message>
        <message numerus="yes">
            <source>%n layer(s) could not be read: see Messages.</source>
            <translation>
                <numerusform>%n lớp không đọc được: xem Thông báo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add layer</source>
            <translation>Thêm lớp</translation>
        </message>
        <message>
            <source>Layer of %1:</source>
            <translation>Lớp của %1:</translation>
        </message>
        <message>
            <source>Cannot add layer</source>
            <translation>Không thêm được lớp</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Đang đọc %1…</translation>
        </message>
        <message>
            <source>The file does not say its coordinate system. Guessed: %1
(%2)

Confirm or enter another (e.g. EPSG:9209):</source>
            <translation>Tệp không ghi hệ tọa độ. Phỏng đoán: %1
(%2)

Xác nhận hoặc nhập hệ khác (ví dụ EPSG:9209):</translation>
        </message>
        <message>
            <source>The file does not say its coordinate system and it could not be guessed. Enter one (e.g. EPSG:9209):</source>
            <translation>Tệp không ghi hệ tọa độ và không thể phỏng đoán. Hãy nhập hệ tọa độ (ví dụ EPSG:9209):</translation>
        </message>
        <message>
            <source>Coordinate system of %1</source>
            <translation>Hệ tọa độ của %1</translation>
        </message>
        <message>
            <source>No coordinate system given.</source>
            <translation>Chưa nhập hệ tọa độ.</translation>
        </message>
        <message>
            <source>Untitled project</source>
            <translation>Dự án chưa đặt tên</translation>
        </message>
        <message>
            <source>Updating the map…</source>
            <translation>Đang cập nhật bản đồ…</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Đã lưu %1</translation>
        </message>
        <message>
            <source>Cannot save project</source>
            <translation>Không lưu được dự án</translation>
        </message>
        <message>
            <source>Save project</source>
            <translation>Lưu dự án</translation>
        </message>
        <message>
            <source>VungTrong projects (*.vtproj)</source>
            <translation>Dự án VungTrong (*.vtproj)</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Mở dự án</translation>
        </message>
        <message>
            <source>Show &amp;legend on the map</source>
            <translation>Hiện &amp;chú giải trên bản đồ</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Chú giải</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Sửa</translation>
        </message>
        <message>
            <source>add layer %1</source>
            <translation>thêm lớp %1</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Hoàn tác: %1</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Làm lại: %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <source>Text encoding of %1</source>
            <translation>Bảng mã chữ của %1</translation>
        </message>
        <message>
            <source>The file does not say how its text is encoded. %1
First text as decoded: “%2”

Confirm or choose another encoding:</source>
            <translation>Tệp không cho biết chữ được mã hóa theo bảng mã nào. %1
Chữ đầu tiên khi giải mã: “%2”

Xác nhận hoặc chọn bảng mã khác:</translation>
        </message>
        <message>
            <source>Data quality (%1)</source>
            <translation>Kiểm tra dữ liệu (%1)</translation>
        </message>
        <message>
            <source>Data quality</source>
            <translation>Kiểm tra dữ liệu</translation>
        </message>
        <message>
            <source>%1 lies outside the project folder: the project refers to it there, so copy it along when you move the project.</source>
            <translation>%1 nằm ngoài thư mục dự án: dự án trỏ tới tệp ở đó, nên hãy chép kèm tệp này khi chuyển dự án.</translation>
        </message>
        <message>
            <source>These layers of the project could not be read; the map and the statistics lack them:</source>
            <translation>Không đọc được các lớp sau của dự án; bản đồ và thống kê thiếu các lớp này:</translation>
        </message>
        <message>
            <source>%1 (%2): %3</source>
            <translation>%1 (%2): %3</translation>
        </message>
        <message>
            <source>Relink… lets you find each file; the new path is used now and kept in the project when you save it.</source>
            <translation>Liên kết lại… cho phép chọn lại từng tệp; đường dẫn mới được dùng ngay và được giữ trong dự án khi bạn lưu.</translation>
        </message>
        <message>
            <source>Cannot relink layer</source>
            <translation>Không liên kết lại được lớp</translation>
        </message>
        <message>
            <source>The project has no layer %1.</source>
            <translation>Dự án không có lớp %1.</translation>
        </message>
        <message>
            <source>relink layer %1</source>
            <translation>liên kết lại lớp %1</translation>
        </message>
        <message>
            <source>Layer %1 now reads %2; save the project to keep this path.</source>
            <translation>Lớp %1 giờ đọc từ %2; hãy lưu dự án để giữ đường dẫn này.</translation>
        </message>
        <message>
            <source>Latitude first: swap to longitude, latitude (lat_lon)</source>
            <translation>Vĩ độ trước: đổi thành kinh độ, vĩ độ (lat_lon)</translation>
        </message>
        <message>
            <source>Longitude first, as stored (lon_lat)</source>
            <translation>Kinh độ trước, giữ như trong tệp (lon_lat)</translation>
        </message>
        <message>
            <source>Axis order of %1</source>
            <translation>Thứ tự trục tọa độ của %1</translation>
        </message>
        <message>
            <source>The first coordinate (%1 … %2) looks like a latitude in Vietnam and the second (%3 … %4) like a longitude:
the file seems to be written latitude first. Measured as stored, its areas would be wrong.

How are the coordinates written?</source>
            <translation>Tọa độ thứ nhất (%1 … %2) giống vĩ độ ở Việt Nam và tọa độ thứ hai (%3 … %4) giống kinh độ:
tệp có vẻ ghi vĩ độ trước. Nếu đo như đang lưu, diện tích sẽ sai.

Tọa độ được ghi theo thứ tự nào?</translation>
        </message>
        <message>
            <source>Style: %1</source>
            <translation>Kiểu hiển thị: %1</translation>
        </message>
        <message>
            <source>Open the &amp;demo project</source>
            <translation>Mở dự án &amp;mẫu</translation>
        </message>
        <message>
            <source>Add &amp;XYZ tiles…</source>
            <translation>Thêm lớp nền ô &amp;XYZ…</translation>
        </message>
        <message>
            <source>Open a project first: a background is drawn under its layers.</source>
            <translation>Hãy mở một dự án trước: ảnh nền được vẽ dưới các lớp của dự án.</translation>
        </message>
        <message>
            <source>add background %1</source>
            <translation>thêm ảnh nền %1</translation>
        </message>
        <message>
            <source>Layers (*.shp *.gpkg *.geojson *.json *.csv *.xlsx *.tif *.tiff *.mbtiles);;All files (*)</source>
            <translation>Lớp dữ liệu (*.shp *.gpkg *.geojson *.json *.csv *.xlsx *.tif *.tiff *.mbtiles);;Mọi tệp (*)</translation>
        </message>
        <message>
            <source>Add &amp;PostGIS layer…</source>
            <translation>Thêm lớp &amp;PostGIS…</translation>
        </message>
        <message>
            <source>&amp;New project…</source>
            <translation>Dự án &amp;mới…</translation>
        </message>
        <message>
            <source>Project se&amp;ttings…</source>
            <translation>Thiết &amp;lập dự án…</translation>
        </message>
        <message>
            <source>relink layers %1</source>
            <translation>liên kết lại các lớp %1</translation>
        </message>
        <message>
            <source>Layer %1 dropped from the project; save the project to keep this.</source>
            <translation>Đã bỏ lớp %1 khỏi dự án; hãy lưu dự án để giữ thay đổi này.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Thay đổi chưa lưu</translation>
        </message>
        <message>
            <source>The project “%1” has changes that are not saved.</source>
            <translation>Dự án “%1” có thay đổi chưa được lưu.</translation>
        </message>
        <message>
            <source>Save them before going on?</source>
            <translation>Lưu các thay đổi trước khi tiếp tục?</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <source>&amp;Don't save</source>
            <translation>&amp;Không lưu</translation>
        </message>
        <message>
            <source>Project settings</source>
            <translation>Thiết lập dự án</translation>
        </message>
        <message>
            <source>Save the project first.</source>
            <translation>Hãy lưu dự án trước.</translation>
        </message>
        <message>
            <source>&amp;Remove layer…</source>
            <translation>&amp;Gỡ lớp…</translation>
        </message>
        <message>
            <source>“%1” holds %2: without it the statistics change. Remove it from the project? (Edit ▸ Undo brings it back; the file itself is not touched.)</source>
            <translation>“%1” chứa %2: không có lớp này, số liệu thống kê sẽ thay đổi. Gỡ lớp khỏi dự án? (Sửa ▸ Hoàn tác để lấy lại; tệp dữ liệu không bị thay đổi.)</translation>
        </message>
        <message>
            <source>remove background %1</source>
            <translation>gỡ lớp nền %1</translation>
        </message>
        <message>
            <source>Cannot remove layer</source>
            <translation>Không gỡ được lớp</translation>
        </message>
        <message>
            <source>Remove layer</source>
            <translation>Gỡ lớp</translation>
        </message>
        <message>
            <source>remove layer %1</source>
            <translation>gỡ lớp %1</translation>
        </message>
        <message>
            <source>Map tools</source>
            <translation>Công cụ bản đồ</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::MapCanvas</name>
        <message>
            <source>Open a project (Ctrl+O) or drop a layer here.</source>
            <translation>Mở một dự án (Ctrl+O) hoặc thả một lớp dữ liệu vào đây.</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::MapToolsController</name>
        <message>
            <source>Open a project first.</source>
            <translation>Hãy mở một dự án trước.</translation>
        </message>
        <message>
            <source>%1° N, %2° E</source>
            <translation>%1° B, %2° Đ</translation>
        </message>
        <message>
            <source>Go to coordinate</source>
            <translation>Đến tọa độ</translation>
        </message>
        <message>
            <source>No layer %1 in the project.</source>
            <translation>Dự án không có lớp %1.</translation>
        </message>
        <message>
            <source>Select by expression</source>
            <translation>Chọn theo biểu thức</translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>Đã chọn %n</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Công cụ</translation>
        </message>
        <message>
            <source>Measure &amp;distance</source>
            <translation>Đo &amp;khoảng cách</translation>
        </message>
        <message>
            <source>Measure distance: click points on the map, double-click to finish, Esc to clear</source>
            <translation>Đo khoảng cách: nhấp các điểm trên bản đồ, nhấp đúp để kết thúc, Esc để xóa</translation>
        </message>
        <message>
            <source>Measure &amp;area</source>
            <translation>Đo &amp;diện tích</translation>
        </message>
        <message>
            <source>Measure area: click the corners on the map, double-click to finish, Esc to clear</source>
            <translation>Đo diện tích: nhấp các góc trên bản đồ, nhấp đúp để kết thúc, Esc để xóa</translation>
        </message>
        <message>
            <source>&amp;Select by rectangle</source>
            <translation>&amp;Chọn bằng khung</translation>
        </message>
        <message>
            <source>Select by &amp;expression…</source>
            <translation>Chọn theo &amp;biểu thức…</translation>
        </message>
        <message>
            <source>&amp;Clear selection</source>
            <translation>&amp;Bỏ chọn</translation>
        </message>
        <message>
            <source>&amp;Go to coordinate…</source>
            <translation>Đến &amp;tọa độ…</translation>
        </message>
        <message>
            <source>Select: drag a rectangle or click a feature on the map (in the layer chosen in the Layers panel); Shift adds to the selection, Ctrl+click toggles a feature, Esc clears the selection</source>
            <translation>Chọn: kéo một hình chữ nhật hoặc nhấp vào đối tượng trên bản đồ (trong lớp đang chọn ở bảng Lớp); Shift để thêm vào vùng chọn, Ctrl+nhấp để chọn hoặc bỏ chọn một đối tượng, Esc để bỏ chọn tất cả</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::MeasurePanel</name>
        <message>
            <source>Click points on the map; double-click to finish.</source>
            <translation>Nhấp các điểm trên bản đồ; nhấp đúp để kết thúc.</translation>
        </message>
        <message>
            <source>Measure (geodesic, WGS 84)</source>
            <translation>Đo (trắc địa, WGS 84)</translation>
        </message>
        <message>
            <source>Distance</source>
            <translation>Khoảng cách</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Diện tích</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Xóa</translation>
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
            <translation>Khoảng cách %1</translation>
        </message>
        <message>
            <source>Area: click at least 3 points</source>
            <translation>Diện tích: nhấp ít nhất 3 điểm</translation>
        </message>
        <message>
            <source>Area %1
Perimeter %2</source>
            <translation>Diện tích %1
Chu vi %2</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::NewProjectWizard</name>
        <message>
            <source>Zones (districts, communes)</source>
            <translation>Vùng (huyện, xã)</translation>
        </message>
        <message>
            <source>Planting areas</source>
            <translation>Vùng trồng</translation>
        </message>
        <message>
            <source>Cooperatives</source>
            <translation>Hợp tác xã</translation>
        </message>
        <message>
            <source>Investments</source>
            <translation>Đầu tư</translation>
        </message>
        <message>
            <source>Loans (table)</source>
            <translation>Khoản vay (bảng)</translation>
        </message>
        <message>
            <source>Province boundary</source>
            <translation>Ranh giới tỉnh</translation>
        </message>
        <message>
            <source>Other table</source>
            <translation>Bảng khác</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Crop</source>
            <translation>Cây trồng</translation>
        </message>
        <message>
            <source>Cooperative code</source>
            <translation>Mã HTX</translation>
        </message>
        <message>
            <source>Declared area (ha)</source>
            <translation>Diện tích khai báo (ha)</translation>
        </message>
        <message>
            <source>Cooperative code (key)</source>
            <translation>Mã HTX (khóa)</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Thành viên</translation>
        </message>
        <message>
            <source>OCOP stars</source>
            <translation>Sao OCOP</translation>
        </message>
        <message>
            <source>Amount (VND)</source>
            <translation>Số tiền (đồng)</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Chương trình</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <source>X (easting, longitude)</source>
            <translation>X (hoành độ, kinh độ)</translation>
        </message>
        <message>
            <source>Y (northing, latitude)</source>
            <translation>Y (tung độ, vĩ độ)</translation>
        </message>
        <message>
            <source>Geometry as WKT</source>
            <translation>Hình học dạng WKT</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>Dự án mới</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Tỉnh</translation>
        </message>
        <message>
            <source>The province sets the coordinate system of the project: its VN-2000 TM-3 zone, as PROJ's database lists it.</source>
            <translation>Tỉnh quyết định hệ tọa độ của dự án: múi chiếu VN-2000 TM-3 của tỉnh, theo cơ sở dữ liệu của PROJ.</translation>
        </message>
        <message>
            <source>Project name:</source>
            <translation>Tên dự án:</translation>
        </message>
        <message>
            <source>(no province: VN-2000 / UTM 48N for files without a CRS)</source>
            <translation>(không chọn tỉnh: VN-2000 / UTM 48N cho tệp không có hệ tọa độ)</translation>
        </message>
        <message>
            <source>Province:</source>
            <translation>Tỉnh:</translation>
        </message>
        <message>
            <source>Coordinate system:</source>
            <translation>Hệ tọa độ:</translation>
        </message>
        <message>
            <source>none chosen</source>
            <translation>chưa chọn</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>Add the layers and tables (or drop them here) and say what each one is. Check the text encoding and the coordinate system: a guess is marked as one.</source>
            <translation>Thêm các lớp và bảng (hoặc kéo thả vào đây) và cho biết mỗi tệp là gì. Kiểm tra bảng mã và hệ tọa độ: giá trị đoán được đánh dấu.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Số đối tượng</translation>
        </message>
        <message>
            <source>Text encoding</source>
            <translation>Bảng mã</translation>
        </message>
        <message>
            <source>Coordinate system</source>
            <translation>Hệ tọa độ</translation>
        </message>
        <message>
            <source>&amp;Add files…</source>
            <translation>&amp;Thêm tệp…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Bỏ</translation>
        </message>
        <message>
            <source>Add files</source>
            <translation>Thêm tệp</translation>
        </message>
        <message>
            <source>Layers and tables (*.shp *.gpkg *.geojson *.json *.csv *.xlsx *.ods *.kml *.kmz *.gml);;All files (*)</source>
            <translation>Lớp và bảng (*.shp *.gpkg *.geojson *.json *.csv *.xlsx *.ods *.kml *.kmz *.gml);;Mọi tệp (*)</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Trường</translation>
        </message>
        <message>
            <source>Which column holds what. The choices are suggested from the column names; check them against the first rows.</source>
            <translation>Cột nào chứa thông tin gì. Lựa chọn được gợi ý từ tên cột; hãy đối chiếu với các dòng đầu.</translation>
        </message>
        <message>
            <source>Save the project</source>
            <translation>Lưu dự án</translation>
        </message>
        <message>
            <source>Paths to the files are written relative to the project file when they can be.</source>
            <translation>Đường dẫn tới các tệp được ghi tương đối so với tệp dự án khi có thể.</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Chọn…</translation>
        </message>
        <message>
            <source>Save project</source>
            <translation>Lưu dự án</translation>
        </message>
        <message>
            <source>VungTrong projects (*.vtproj)</source>
            <translation>Dự án VungTrong (*.vtproj)</translation>
        </message>
        <message>
            <source>project</source>
            <translation>du_an</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Đang đọc %1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>%1: reading cancelled</source>
            <translation>%1: đã hủy đọc</translation>
        </message>
        <message>
            <source>none (a table without coordinates?)</source>
            <translation>không có (bảng không có tọa độ?)</translation>
        </message>
        <message>
            <source>guessed: %1 (%2)</source>
            <translation>đoán: %1 (%2)</translation>
        </message>
        <message>
            <source>Choose where to save the project.</source>
            <translation>Hãy chọn nơi lưu dự án.</translation>
        </message>
        <message>
            <source>Add at least one file.</source>
            <translation>Hãy thêm ít nhất một tệp.</translation>
        </message>
        <message>
            <source>Cannot save the project: %1</source>
            <translation>Không lưu được dự án: %1</translation>
        </message>
        <message>
            <source>Project settings</source>
            <translation>Thiết lập dự án</translation>
        </message>
        <message>
            <source>Guessed from the text: confirm or choose another</source>
            <translation>Đoán từ nội dung: xác nhận hoặc chọn bảng mã khác</translation>
        </message>
        <message>
            <source>As the file declares it</source>
            <translation>Theo khai báo của tệp</translation>
        </message>
        <message>
            <source>No files yet: add them, or drop them on this window.</source>
            <translation>Chưa có tệp: hãy thêm, hoặc kéo thả vào cửa sổ này.</translation>
        </message>
        <message numerus="yes">
            <source>%n guess(es) marked: check them before going on.</source>
            <translation>
                <numerusform>%n giá trị đoán được đánh dấu: hãy kiểm tra trước khi tiếp tục.</numerusform>
            </translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(không)</translation>
        </message>
        <message>
            <source>%1 (suggested, %2 %)</source>
            <translation>%1 (gợi ý, %2 %)</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Quay lại</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Tiếp &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Xong</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::PostgisConnectionForm</name>
        <message>
            <source>a [name] of pg_service.conf</source>
            <translation>một [tên] trong pg_service.conf</translation>
        </message>
        <message>
            <source>or the server, e.g. gis.sonnptnt.local</source>
            <translation>hoặc máy chủ, ví dụ gis.sonnptnt.local</translation>
        </message>
        <message>
            <source>schema.table, e.g. quy_hoach.vung_trong</source>
            <translation>lược_đồ.bảng, ví dụ quy_hoach.vung_trong</translation>
        </message>
        <message>
            <source>Service:</source>
            <translation>Dịch vụ:</translation>
        </message>
        <message>
            <source>Host:</source>
            <translation>Máy chủ:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Cổng:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Cơ sở dữ liệu:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>Người dùng:</translation>
        </message>
        <message>
            <source>Table:</source>
            <translation>Bảng:</translation>
        </message>
        <message>
            <source>The password is read from ~/.pgpass, the service file or PGPASSWORD: it is never stored in the project.</source>
            <translation>Mật khẩu được đọc từ ~/.pgpass, tệp dịch vụ hoặc PGPASSWORD: không bao giờ được lưu trong dự án.</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::PrintController</name>
        <message>
            <source>Export &amp;atlas (a page per zone, PDF)…</source>
            <translation>Xuất &amp;tập bản đồ (mỗi vùng một trang, PDF)…</translation>
        </message>
        <message>
            <source>Export map</source>
            <translation>Xuất bản đồ</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf);;PNG images (*.png)</source>
            <translation>Tài liệu PDF (*.pdf);;Ảnh PNG (*.png)</translation>
        </message>
        <message>
            <source>Cannot export the map</source>
            <translation>Không xuất được bản đồ</translation>
        </message>
        <message>
            <source>Map exported to %1</source>
            <translation>Đã xuất bản đồ ra %1</translation>
        </message>
        <message>
            <source>Cannot export the atlas</source>
            <translation>Không xuất được tập bản đồ</translation>
        </message>
        <message>
            <source>The project has no zones to make pages of.</source>
            <translation>Dự án không có lớp vùng để lập các trang.</translation>
        </message>
        <message>
            <source>Export atlas</source>
            <translation>Xuất tập bản đồ</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Tài liệu PDF (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>Making the atlas: %n page(s)…</source>
            <translation>
                <numerusform>Đang lập tập bản đồ: %n trang…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Export cancelled; any earlier file is unchanged.</source>
            <translation>Đã hủy xuất; tệp cũ (nếu có) vẫn giữ nguyên.</translation>
        </message>
        <message numerus="yes">
            <source>Atlas of %n page(s) exported to %1</source>
            <translation>
                <numerusform>Đã xuất tập bản đồ %n trang ra %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vt::gui::PrintDialog</name>
        <message>
            <source>Export map</source>
            <translation>Xuất bản đồ</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Khổ ngang</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Khổ dọc</translation>
        </message>
        <message>
            <source>Fixed scale 1:</source>
            <translation>Cố định tỷ lệ 1:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Không</translation>
        </message>
        <message>
            <source>Project coordinates (metres)</source>
            <translation>Tọa độ của dự án (mét)</translation>
        </message>
        <message>
            <source>Longitude and latitude</source>
            <translation>Kinh độ, vĩ độ</translation>
        </message>
        <message>
            <source>Overview map</source>
            <translation>Bản đồ vị trí</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Chú giải</translation>
        </message>
        <message>
            <source>North arrow</source>
            <translation>Mũi tên chỉ hướng bắc</translation>
        </message>
        <message>
            <source>Scale and scale bar</source>
            <translation>Tỷ lệ và thước tỷ lệ</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Tiêu đề:</translation>
        </message>
        <message>
            <source>Subtitle:</source>
            <translation>Tiêu đề phụ:</translation>
        </message>
        <message>
            <source>Prepared by:</source>
            <translation>Người lập:</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Khổ giấy:</translation>
        </message>
        <message>
            <source>Orientation:</source>
            <translation>Hướng giấy:</translation>
        </message>
        <message>
            <source>Scale:</source>
            <translation>Tỷ lệ:</translation>
        </message>
        <message>
            <source>Coordinate grid:</source>
            <translation>Lưới tọa độ:</translation>
        </message>
        <message>
            <source>On the page:</source>
            <translation>Trên trang:</translation>
        </message>
        <message>
            <source>Source line:</source>
            <translation>Dòng nguồn:</translation>
        </message>
        <message>
            <source>Every text on the page is in the interface language (Ngôn ngữ / Language).</source>
            <translation>Mọi chữ trên trang theo ngôn ngữ giao diện (Ngôn ngữ / Language).</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Xuất…</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::QualityModel</name>
        <message>
            <source>Error</source>
            <translation>Lỗi</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Cảnh báo</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Layer not read</source>
            <translation>Không đọc được lớp</translation>
        </message>
        <message>
            <source>Problem while reading</source>
            <translation>Lỗi khi đọc dữ liệu</translation>
        </message>
        <message>
            <source>Coordinate system guessed</source>
            <translation>Hệ tọa độ được đoán</translation>
        </message>
        <message>
            <source>Text encoding guessed</source>
            <translation>Bảng mã chữ được đoán</translation>
        </message>
        <message>
            <source>Invalid geometry (repaired)</source>
            <translation>Hình học không hợp lệ (đã sửa)</translation>
        </message>
        <message>
            <source>Empty geometry</source>
            <translation>Hình học rỗng</translation>
        </message>
        <message>
            <source>Duplicate code</source>
            <translation>Mã bị trùng</translation>
        </message>
        <message>
            <source>Overlapping planting areas</source>
            <translation>Vùng trồng chồng lấn nhau</translation>
        </message>
        <message>
            <source>Outside every zone</source>
            <translation>Nằm ngoài mọi vùng</translation>
        </message>
        <message>
            <source>Planting area without cooperative</source>
            <translation>Vùng trồng chưa gắn với HTX</translation>
        </message>
        <message>
            <source>Investment without cooperative</source>
            <translation>Khoản đầu tư chưa gắn với HTX</translation>
        </message>
        <message>
            <source>Cooperative without key</source>
            <translation>HTX không có mã</translation>
        </message>
        <message>
            <source>Code does not match the pattern</source>
            <translation>Mã sai định dạng</translation>
        </message>
        <message>
            <source>Declared area differs from measured</source>
            <translation>Diện tích khai báo lệch diện tích đo</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Mức độ</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Lớp</translation>
        </message>
        <message>
            <source>FID</source>
            <translation>FID</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Phát hiện</translation>
        </message>
        <message>
            <source>ha</source>
            <translation>ha</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Chi tiết</translation>
        </message>
        <message>
            <source>declared %1 ha, measured %2 ha (%3 % apart, tolerance %4 %)</source>
            <translation>khai báo %1 ha, đo được %2 ha (lệch %3 %, ngưỡng cho phép %4 %)</translation>
        </message>
        <message>
            <source>lies outside every zone</source>
            <translation>nằm ngoài mọi vùng</translation>
        </message>
        <message>
            <source>%1 ha lie outside every zone</source>
            <translation>%1 ha nằm ngoài mọi vùng</translation>
        </message>
        <message>
            <source>cooperative lies outside every zone</source>
            <translation>hợp tác xã nằm ngoài mọi vùng</translation>
        </message>
        <message>
            <source>no cooperative has the key '%1': its amount counts in no zone</source>
            <translation>không có hợp tác xã nào mang mã '%1': số tiền không được tính vào vùng nào</translation>
        </message>
        <message>
            <source>investment has no cooperative key</source>
            <translation>khoản đầu tư không có mã hợp tác xã</translation>
        </message>
        <message>
            <source>no cooperative has the key '%1'</source>
            <translation>không có hợp tác xã nào mang mã '%1'</translation>
        </message>
        <message>
            <source>no cooperative: the cooperative key is empty</source>
            <translation>chưa gắn hợp tác xã: mã hợp tác xã để trống</translation>
        </message>
        <message>
            <source>overlaps %1 by %2 ha</source>
            <translation>chồng lấn %1 trên %2 ha</translation>
        </message>
        <message>
            <source>code '%1' is also used by feature %2 (fid %3)</source>
            <translation>mã '%1' cũng được dùng cho đối tượng %2 (fid %3)</translation>
        </message>
        <message>
            <source>code of %1 bytes is far longer than any code</source>
            <translation>mã dài %1 byte, dài hơn nhiều so với mọi mã</translation>
        </message>
        <message>
            <source>planting area has no code</source>
            <translation>vùng trồng chưa có mã</translation>
        </message>
        <message>
            <source>code '%1' does not match the pattern %2</source>
            <translation>mã '%1' không đúng mẫu %2</translation>
        </message>
        <message>
            <source>cooperative has no key: nothing can link to it</source>
            <translation>hợp tác xã không có mã nên không liên kết được</translation>
        </message>
        <message>
            <source>feature has no geometry</source>
            <translation>đối tượng không có hình học</translation>
        </message>
        <message>
            <source>feature has no geometry (empty after repair)</source>
            <translation>đối tượng không có hình học (rỗng sau khi sửa)</translation>
        </message>
        <message>
            <source>invalid geometry: %1</source>
            <translation>hình học không hợp lệ: %1</translation>
        </message>
        <message>
            <source>no CRS in %1; guessed %2 (%3)</source>
            <translation>%1 không có hệ tọa độ; đoán là %2 (%3)</translation>
        </message>
        <message>
            <source>Zone fields chosen</source>
            <translation>Trường tên vùng được tự chọn</translation>
        </message>
        <message>
            <source>Zone names repeat</source>
            <translation>Tên vùng bị trùng</translation>
        </message>
        <message>
            <source>Outside the project folder</source>
            <translation>Nằm ngoài thư mục dự án</translation>
        </message>
        <message>
            <source>zones are named by %1 (code) and %2 (name): the project names no fields for this layer</source>
            <translation>các vùng được đặt tên theo %1 (mã) và %2 (tên): dự án không chỉ định trường cho lớp này</translation>
        </message>
        <message>
            <source>zone name '%1' (%2) is held by %3 zones: rows are told apart only by their codes (%4)</source>
            <translation>tên vùng '%1' (%2) được dùng cho %3 vùng: các dòng chỉ phân biệt được theo mã (%4)</translation>
        </message>
        <message>
            <source>zone code '%1' (%2) is held by %3 zones: set the layer's code field in the project</source>
            <translation>mã vùng '%1' (%2) được dùng cho %3 vùng: hãy chỉ định trường mã của lớp trong dự án</translation>
        </message>
        <message>
            <source>'%1' is outside the project folder: copying the project folder alone does not take this file along</source>
            <translation>'%1' nằm ngoài thư mục dự án: chỉ chép thư mục dự án sẽ không mang theo tệp này</translation>
        </message>
        <message>
            <source>'%1' is a network source: copying the project folder alone does not take this file along</source>
            <translation>'%1' là nguồn dữ liệu mạng: chỉ chép thư mục dự án sẽ không mang theo tệp này</translation>
        </message>
        <message>
            <source>Text encoding setting doubtful</source>
            <translation>Bảng mã đã đặt có thể sai</translation>
        </message>
        <message>
            <source>the text encoding %2 set for %1 looks wrong: %3 reads better</source>
            <translation>bảng mã %2 đặt cho %1 có vẻ sai: đọc bằng %3 hợp lý hơn</translation>
        </message>
        <message>
            <source>the text encoding %2 set for %1 contradicts its .cpg or leaves undecodable text, though the text reads best as %2</source>
            <translation>bảng mã %2 đặt cho %1 trái với tệp .cpg hoặc để lại ký tự không giải mã được, dù văn bản đọc bằng %2 là hợp lý nhất</translation>
        </message>
        <message>
            <source>%1 stores its text as UTF-8: the text encoding %2 set for it is ignored</source>
            <translation>%1 lưu văn bản bằng UTF-8: bảng mã %2 đặt cho tệp này không được dùng</translation>
        </message>
        <message>
            <source>Amount that is not a number</source>
            <translation>Số tiền không hợp lệ</translation>
        </message>
        <message>
            <source>amount not counted in any sum: %1</source>
            <translation>số tiền không được cộng vào tổng nào: %1</translation>
        </message>
        <message>
            <source>Latitude written first</source>
            <translation>Vĩ độ được ghi trước</translation>
        </message>
        <message>
            <source>Planting area without boundary</source>
            <translation>Vùng trồng chưa có ranh giới</translation>
        </message>
        <message>
            <source>no boundary (a point): counts in its zone's codes and declared area (%1 ha), never in measured area; add its polygon to measure it</source>
            <translation>chưa có ranh giới (chỉ có điểm): được tính vào số mã và diện tích khai báo (%1 ha) của vùng, không bao giờ vào diện tích đo; bổ sung ranh giới của mã để đo được</translation>
        </message>
        <message>
            <source>no boundary (a point) and no declared area: counts in its zone's codes only; add its polygon or its declared area</source>
            <translation>chưa có ranh giới (chỉ có điểm) và không có diện tích khai báo: chỉ được tính vào số mã của vùng; bổ sung ranh giới hoặc diện tích khai báo của mã</translation>
        </message>
        <message>
            <source>no CRS in %1; guessed %2 (%3); read as %4 (%5) it would lie %6 m away: set the layer's CRS if the data is %4</source>
            <translation>%1 không có hệ tọa độ; đoán là %2 (%3); nếu đọc theo %4 (%5) thì lớp lệch %6 m: hãy đặt hệ tọa độ của lớp nếu dữ liệu là %4</translation>
        </message>
        <message>
            <source>no CRS in %1; guessed %2 (%3), but a province's TM-3 zone may fit: a province is needed (candidates: %4)</source>
            <translation>%1 không có hệ tọa độ; đoán là %2 (%3), nhưng múi TM-3 của một tỉnh cũng có thể khớp: cần chọn tỉnh (các tỉnh có thể: %4)</translation>
        </message>
        <message>
            <source>the coordinates look latitude first (x %1, y %2): set the layer's axis order to lat_lon</source>
            <translation>tọa độ có vẻ ghi vĩ độ trước (x %1, y %2): hãy đặt thứ tự trục của lớp là lat_lon</translation>
        </message>
        <message>
            <source>Impossible number (not counted)</source>
            <translation>Số liệu không thể đúng (không cộng)</translation>
        </message>
        <message>
            <source>%1 = %2 ha is larger than Vietnam's land area: it counts in no sum</source>
            <translation>%1 = %2 ha lớn hơn diện tích đất liền của Việt Nam: không được cộng vào tổng nào</translation>
        </message>
        <message>
            <source>%1 = %2 members is more than Vietnam's population: it counts in no sum</source>
            <translation>%1 = %2 thành viên nhiều hơn dân số Việt Nam: không được cộng vào tổng nào</translation>
        </message>
        <message>
            <source>%1 = %2 VND is more than Vietnam's yearly GDP: it counts in no sum</source>
            <translation>%1 = %2 đồng lớn hơn GDP một năm của Việt Nam: không được cộng vào tổng nào</translation>
        </message>
        <message>
            <source>%1 = %2 is negative: it counts in no sum</source>
            <translation>%1 = %2 là số âm: không được cộng vào tổng nào</translation>
        </message>
        <message>
            <source>%1 = %2 is not a finite number: it counts in no sum</source>
            <translation>%1 = %2 không phải số hữu hạn: không được cộng vào tổng nào</translation>
        </message>
        <message>
            <source>%1 = %2 is not a whole number: it counts in no sum</source>
            <translation>%1 = %2 không phải số nguyên: không được cộng vào tổng nào</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::QualityPanel</name>
        <message>
            <source>No report: the project has no statistics.</source>
            <translation>Chưa có báo cáo: dự án chưa có thống kê.</translation>
        </message>
        <message>
            <source>No findings.</source>
            <translation>Không phát hiện vấn đề nào.</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n lỗi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n cảnh báo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n ghi chú</numerusform>
            </translation>
        </message>
        <message>
            <source>All findings</source>
            <translation>Tất cả phát hiện</translation>
        </message>
        <message>
            <source>Warnings and errors</source>
            <translation>Cảnh báo và lỗi</translation>
        </message>
        <message>
            <source>Errors only</source>
            <translation>Chỉ lỗi</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Xuất…</translation>
        </message>
        <message>
            <source>Save the findings as CSV or Excel, to send to whoever keeps the data</source>
            <translation>Lưu kết quả kiểm tra ra CSV hoặc Excel để gửi cho đơn vị quản lý dữ liệu</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::RecoveryDialog</name>
        <message>
            <source>Recover unsaved edits</source>
            <translation>Khôi phục chỉnh sửa chưa lưu</translation>
        </message>
        <message numerus="yes">
            <source>VungTrong did not close cleanly while %1 was being edited: %n edit(s) were not saved to its file.</source>
            <translation>
                <numerusform>VungTrong đã đóng không bình thường khi đang sửa %1: %n chỉnh sửa chưa được lưu vào tệp.</numerusform>
            </translation>
        </message>
        <message>
            <source>Made %1 by %2.</source>
            <translation>Thực hiện lúc %1 bởi %2.</translation>
        </message>
        <message>
            <source>Made from %1 to %2 by %3.</source>
            <translation>Thực hiện từ %1 đến %2 bởi %3.</translation>
        </message>
        <message numerus="yes">
            <source>The file %1 changed since these edits were made, or this cannot be told: they are applied only to features that are still as the edits found them. %2 of %n edit(s) can be applied.</source>
            <translation>
                <numerusform>Tệp %1 đã thay đổi kể từ khi thực hiện các chỉnh sửa này, hoặc không xác định được: chỉ áp dụng cho những đối tượng vẫn còn như lúc chỉnh sửa. Áp dụng được %2 trên %n chỉnh sửa.</numerusform>
            </translation>
        </message>
        <message>
            <source>These edits cannot be applied (they stay in the audit log: History ▸ Export audit log):</source>
            <translation>Các chỉnh sửa sau không áp dụng được (vẫn còn trong nhật ký kiểm tra: Lịch sử ▸ Xuất nhật ký kiểm tra):</translation>
        </message>
        <message>
            <source>Recover puts them back as edits not yet saved, one step you can undo; Save edits writes them: the file is not changed until then. Discard drops them; Later asks again next time.</source>
            <translation>Khôi phục đưa chúng trở lại thành các chỉnh sửa chưa lưu, gộp trong một bước có thể hoàn tác; Lưu chỉnh sửa sẽ ghi chúng: trước đó tệp không bị thay đổi. Hủy bỏ sẽ loại bỏ chúng; Để sau sẽ hỏi lại lần tới.</translation>
        </message>
        <message numerus="yes">
            <source>%n other layer(s) have unsaved edits too: recover them afterwards with File ▸ Recover unsaved edits….</source>
            <translation>
                <numerusform>%n lớp khác cũng có chỉnh sửa chưa lưu: khôi phục chúng sau bằng Tệp ▸ Khôi phục chỉnh sửa chưa lưu….</numerusform>
            </translation>
        </message>
        <message>
            <source>Recover</source>
            <translation>Khôi phục</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Hủy bỏ</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Để sau</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::RelinkDialog</name>
        <message>
            <source>Layers not found</source>
            <translation>Không tìm thấy lớp</translation>
        </message>
        <message>
            <source>These layers of the project could not be read: the map and the statistics lack them. Find each file again (Browse…, or search a folder for the same file name), or keep the layer unavailable, or drop it from the project. Nothing is written to the project file until you save it.</source>
            <translation>Không đọc được các lớp sau của dự án: bản đồ và thống kê đang thiếu chúng. Hãy tìm lại từng tệp (Chọn…, hoặc tìm trong một thư mục theo tên tệp), hoặc giữ lớp ở trạng thái không có dữ liệu, hoặc bỏ lớp khỏi dự án. Tệp dự án chỉ thay đổi khi bạn lưu.</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Lớp</translation>
        </message>
        <message>
            <source>Path in the project</source>
            <translation>Đường dẫn trong dự án</translation>
        </message>
        <message>
            <source>New file</source>
            <translation>Tệp mới</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Xử lý</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Keep (unavailable)</source>
            <translation>Giữ (không có dữ liệu)</translation>
        </message>
        <message>
            <source>Use the new file</source>
            <translation>Dùng tệp mới</translation>
        </message>
        <message>
            <source>Drop the layer</source>
            <translation>Bỏ lớp</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Chọn…</translation>
        </message>
        <message>
            <source>&amp;Search a folder…</source>
            <translation>&amp;Tìm trong thư mục…</translation>
        </message>
        <message>
            <source>&amp;Load</source>
            <translation>&amp;Nạp</translation>
        </message>
        <message>
            <source>Keep all unavailable</source>
            <translation>Giữ nguyên tất cả</translation>
        </message>
        <message>
            <source>Find the file of layer %1 (was %2)</source>
            <translation>Tìm tệp của lớp %1 (trước đây: %2)</translation>
        </message>
        <message>
            <source>Layers (*.shp *.gpkg *.geojson *.json *.csv *.xlsx *.kml *.gml);;All files (*)</source>
            <translation>Lớp (*.shp *.gpkg *.geojson *.json *.csv *.xlsx *.kml *.gml);;Mọi tệp (*)</translation>
        </message>
        <message>
            <source>Search a folder for the missing files</source>
            <translation>Tìm các tệp bị thiếu trong một thư mục</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) found in %1.</source>
            <translation>
                <numerusform>Tìm thấy %n tệp trong %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>To read again: %1; to drop: %2; kept unavailable: %3.</source>
            <translation>Đọc lại: %1; bỏ: %2; giữ nguyên: %3.</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::SearchBox</name>
        <message>
            <source>Search code, cooperative or zone…</source>
            <translation>Tìm mã, hợp tác xã hoặc vùng…</translation>
        </message>
        <message>
            <source>zone</source>
            <translation>vùng</translation>
        </message>
        <message>
            <source>planting area</source>
            <translation>vùng trồng</translation>
        </message>
        <message>
            <source>cooperative</source>
            <translation>hợp tác xã</translation>
        </message>
        <message>
            <source>feature %1</source>
            <translation>đối tượng %1</translation>
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
            <translation>chứa</translation>
        </message>
        <message>
            <source>starts with</source>
            <translation>bắt đầu bằng</translation>
        </message>
        <message>
            <source>Select by expression</source>
            <translation>Chọn theo biểu thức</translation>
        </message>
        <message>
            <source>Layer:</source>
            <translation>Lớp:</translation>
        </message>
        <message>
            <source>Add condition</source>
            <translation>Thêm điều kiện</translation>
        </message>
        <message>
            <source>Add to the current selection</source>
            <translation>Thêm vào vùng chọn hiện có</translation>
        </message>
        <message>
            <source>Select</source>
            <translation>Chọn</translation>
        </message>
        <message>
            <source>AND</source>
            <translation>VÀ</translation>
        </message>
        <message>
            <source>OR</source>
            <translation>HOẶC</translation>
        </message>
        <message>
            <source>value</source>
            <translation>giá trị</translation>
        </message>
        <message>
            <source>Remove this condition</source>
            <translation>Bỏ điều kiện này</translation>
        </message>
        <message>
            <source>Choose a layer.</source>
            <translation>Hãy chọn một lớp.</translation>
        </message>
        <message numerus="yes">
            <source>%n feature(s) match.</source>
            <translation>
                <numerusform>%n đối tượng khớp.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vt::gui::SplitDialog</name>
        <message>
            <source>Split planting areas</source>
            <translation>Tách vùng trồng</translation>
        </message>
        <message>
            <source>Codes are unique, so the largest part of each planting area keeps its code and its other attributes; every other part is a new planting area with the next free code of the project's pattern and the same crop and cooperative. Declared hectares are shared out in proportion to the parts' areas. Change the new codes here if the register gives others.</source>
            <translation>Mã số là duy nhất, nên phần lớn nhất của mỗi vùng trồng giữ mã và các thuộc tính khác; mỗi phần còn lại là một vùng trồng mới với mã còn trống kế tiếp theo mẫu mã của dự án, cùng cây trồng và hợp tác xã. Diện tích kê khai được chia theo tỷ lệ diện tích các phần. Hãy sửa các mã mới tại đây nếu sổ đăng ký cấp mã khác.</translation>
        </message>
        <message>
            <source>Split from</source>
            <translation>Tách từ</translation>
        </message>
        <message>
            <source>Area (ha)</source>
            <translation>Diện tích (ha)</translation>
        </message>
        <message>
            <source>Declared (ha)</source>
            <translation>Diện tích kê khai (ha)</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>%1 (keeps its code)</source>
            <translation>%1 (giữ mã)</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Tách</translation>
        </message>
        <message>
            <source>The code %1 is given to two parts.</source>
            <translation>Mã %1 được gán cho hai phần.</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::StatisticsDocks</name>
        <message>
            <source>Statistics by zone</source>
            <translation>Thống kê theo vùng</translation>
        </message>
        <message>
            <source>Cooperatives</source>
            <translation>Hợp tác xã</translation>
        </message>
        <message>
            <source>Statistics by:</source>
            <translation>Thống kê theo:</translation>
        </message>
        <message>
            <source>Province: %1 codes, %2 ha gross, %3 ha net; %4 cooperatives, %5 members; investments %6 VND.</source>
            <translation>Toàn tỉnh: %1 mã, %2 ha gộp, %3 ha thực; %4 hợp tác xã, %5 thành viên; đầu tư %6 VNĐ.</translation>
        </message>
        <message>
            <source>Statistics could not be computed: %1</source>
            <translation>Không tính được thống kê: %1</translation>
        </message>
        <message>
            <source>No zones layer: no statistics.</source>
            <translation>Không có lớp vùng: không có thống kê.</translation>
        </message>
        <message>
            <source>choose a polygon layer</source>
            <translation>chọn một lớp vùng</translation>
        </message>
        <message>
            <source>New units (crosswalk of %1)</source>
            <translation>Đơn vị mới (chuyển đổi từ %1)</translation>
        </message>
        <message>
            <source>Statistics by %1…</source>
            <translation>Đang thống kê theo %1…</translation>
        </message>
        <message>
            <source>Cannot compute statistics</source>
            <translation>Không tính được thống kê</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::StatisticsModel</name>
        <message>
            <source>Σ area(code ∩ zone): overlapping codes count twice</source>
            <translation>Σ diện tích(mã ∩ vùng): các mã chồng lấn được tính hai lần</translation>
        </message>
        <message>
            <source>Area of the union of the codes inside the zone</source>
            <translation>Diện tích hợp của các mã trong vùng</translation>
        </message>
        <message>
            <source>Net planted area / zone area × 100</source>
            <translation>Diện tích trồng thực / diện tích vùng × 100</translation>
        </message>
        <message>
            <source>Cooperatives with OCOP products of 3 stars or more</source>
            <translation>Hợp tác xã có sản phẩm OCOP từ 3 sao trở lên</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Vùng</translation>
        </message>
        <message>
            <source>Zone area (ha)</source>
            <translation>Diện tích vùng (ha)</translation>
        </message>
        <message>
            <source>Gross planted (ha)</source>
            <translation>Diện tích trồng gộp (ha)</translation>
        </message>
        <message>
            <source>Net planted (ha)</source>
            <translation>Diện tích trồng thực (ha)</translation>
        </message>
        <message>
            <source>Coverage (%)</source>
            <translation>Tỷ lệ phủ (%)</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Số mã</translation>
        </message>
        <message>
            <source>Cooperatives</source>
            <translation>Hợp tác xã</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Thành viên</translation>
        </message>
        <message>
            <source>OCOP</source>
            <translation>OCOP</translation>
        </message>
        <message>
            <source>Investment (VND)</source>
            <translation>Đầu tư (VNĐ)</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Planting areas in the zone, including codes without a boundary (points)</source>
            <translation>Số vùng trồng trong vùng, kể cả các mã chưa có ranh giới (chỉ có điểm)</translation>
        </message>
        <message>
            <source>Σ declared area of the zone's codes: a point whole, a polygon by the share of its measured area inside the zone</source>
            <translation>Σ diện tích khai báo của các mã trong vùng: mã dạng điểm tính trọn, mã có ranh giới tính theo phần diện tích đo nằm trong vùng</translation>
        </message>
        <message>
            <source>Declared area (ha)</source>
            <translation>Diện tích khai báo (ha)</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::StatusReadout</name>
        <message>
            <source>%1° E, %2° N</source>
            <translation>%1° Đ, %2° B</translation>
        </message>
        <message>
            <source>X %1 m, Y %2 m (%3)</source>
            <translation>X %1 m, Y %2 m (%3)</translation>
        </message>
        <message>
            <source>Rendered in %1 ms</source>
            <translation>Vẽ trong %1 ms</translation>
        </message>
        <message>
            <source>Scale 1:%1</source>
            <translation>Tỷ lệ 1:%1</translation>
        </message>
    </context>
    <context>
        <name>vt::gui::StylePanel</name>
        <message>
            <source>Style of “%1”</source>
            <translation>Kiểu hiển thị của “%1”</translation>
        </message>
        <message>
            <source>As its role draws it</source>
            <translation>Theo vai trò của lớp</translation>
        </message>
        <message>
            <source>Single colour</source>
            <translation>Một màu</translation>
        </message>
        <message>
            <source>Categorised by a field</source>
            <translation>Phân loại theo một trường</translation>
        </message>
        <message>
            <source>Graduated by a numeric field</source>
            <translation>Phân cấp theo một trường số</translation>
        </message>
        <message>
            <source>Drawing</source>
            <translation>Cách vẽ</translation>
        </message>
        <message>
            <source>Fill</source>
            <translation>Màu nền</translation>
        </message>
        <message>
            <source>Fill opacity</source>
            <translation>Độ mờ đục của nền</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Đường viền</translation>
        </message>
        <message>
            <source>Outline width</source>
            <translation>Độ rộng viền</translation>
        </message>
        <message>
            <source>Layer opacity</source>
            <translation>Độ mờ đục của lớp</translation>
        </message>
        <message>
            <source>(no labels)</source>
            <translation>(không ghi nhãn)</translation>
        </message>
        <message>
            <source>Label by</source>
            <translation>Ghi nhãn theo</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Trường</translation>
        </message>
        <message>
            <source>Quantile (equal counts)</source>
            <translation>Phân vị (số lượng bằng nhau)</translation>
        </message>
        <message>
            <source>Equal interval</source>
            <translation>Khoảng đều</translation>
        </message>
        <message>
            <source>Natural breaks (Jenks)</source>
            <translation>Ngắt tự nhiên (Jenks)</translation>
        </message>
        <message>
            <source>Classes by</source>
            <translation>Chia lớp theo</translation>
        </message>
        <message>
            <source>Number of classes</source>
            <translation>Số lớp</translation>
        </message>
        <message>
            <source>Greens</source>
            <translation>Xanh lá</translation>
        </message>
        <message>
            <source>Blues</source>
            <translation>Xanh dương</translation>
        </message>
        <message>
            <source>Oranges</source>
            <translation>Cam</translation>
        </message>
        <message>
            <source>Reds</source>
            <translation>Đỏ</translation>
        </message>
        <message>
            <source>Purples</source>
            <translation>Tím</translation>
        </message>
        <message>
            <source>Viridis</source>
            <translation>Viridis</translation>
        </message>
        <message>
            <source>Colours</source>
            <translation>Dải màu</translation>
        </message>
        <message>
            <source>Classes as drawn:</source>
            <translation>Các lớp như được vẽ:</translation>
        </message>
        <message>
            <source>Choose a colour</source>
            <translation>Chọn màu</translation>
        </message>
        <message>
            <source>The layer's own drawing (see the legend)</source>
            <translation>Cách vẽ riêng của lớp (xem chú giải)</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n features)</source>
            <translation>
                <numerusform>%1 (%n đối tượng)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vt::gui::XyzTilesDialog</name>
        <message>
            <source>Add XYZ tiles</source>
            <translation>Thêm lớp nền ô XYZ</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Tên:</translation>
        </message>
        <message>
            <source>URL template:</source>
            <translation>Mẫu URL:</translation>
        </message>
        <message>
            <source>Attribution:</source>
            <translation>Ghi nguồn:</translation>
        </message>
        <message>
            <source>Deepest zoom level:</source>
            <translation>Mức phóng to lớn nhất:</translation>
        </message>
        <message>
            <source>Give the URL template of the tiles.</source>
            <translation>Hãy nhập mẫu URL của các ô ảnh.</translation>
        </message>
        <message>
            <source>{z}, {x} and {y} stand for the zoom level and the tile's column and row (a WMTS template on the GoogleMapsCompatible grid names them {TileMatrix}, {TileCol} and {TileRow}). Tiles are kept on disk, so the map still shows them without a network. The attribution is drawn on the map and in exported maps, as tile providers require.</source>
            <translation>{z}, {x} và {y} là mức phóng và cột, hàng của ô ảnh (mẫu WMTS trên lưới GoogleMapsCompatible gọi chúng là {TileMatrix}, {TileCol} và {TileRow}). Các ô ảnh được lưu trên đĩa nên bản đồ vẫn hiện chúng khi không có mạng. Ghi nguồn được vẽ trên bản đồ và trên bản đồ xuất ra, theo yêu cầu của nhà cung cấp ô ảnh.</translation>
        </message>
    </context>
</TS>
