#!/usr/bin/env python3
"""Fills app/i18n/vungtrong_vi.ts from the table below, and marks
vungtrong_en.ts finished (English is the source language).

Run after `cmake --build BUILD --target update_translations` has added new
source texts: new texts without an entry here are reported and stay
unfinished (shown in English).
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

VI = {
    # Data quality: amounts that are not clean VND numbers
    "Amount that is not a number": "Số tiền không hợp lệ",
    "amount not counted in any sum: %1": "số tiền không được cộng vào tổng nào: %1",
    # Data quality: numbers no feature can have (1e70 ha, negative members)
    "Impossible number (not counted)": "Số liệu không thể đúng (không cộng)",
    "%1 = %2 ha is larger than Vietnam's land area: it counts in no sum":
        "%1 = %2 ha lớn hơn diện tích đất liền của Việt Nam: không được cộng vào tổng nào",
    "%1 = %2 members is more than Vietnam's population: it counts in no sum":
        "%1 = %2 thành viên nhiều hơn dân số Việt Nam: không được cộng vào tổng nào",
    "%1 = %2 VND is more than Vietnam's yearly GDP: it counts in no sum":
        "%1 = %2 đồng lớn hơn GDP một năm của Việt Nam: không được cộng vào tổng nào",
    "%1 = %2 is negative: it counts in no sum": "%1 = %2 là số âm: không được cộng vào tổng nào",
    "%1 = %2 is not a finite number: it counts in no sum": "%1 = %2 không phải số hữu hạn: không được cộng vào tổng nào",
    "%1 = %2 is not a whole number: it counts in no sum": "%1 = %2 không phải số nguyên: không được cộng vào tổng nào",
    # Data quality: a text encoding set by the user that looks wrong
    "Text encoding setting doubtful": "Bảng mã đã đặt có thể sai",
    "the text encoding %2 set for %1 looks wrong: %3 reads better":
        "bảng mã %2 đặt cho %1 có vẻ sai: đọc bằng %3 hợp lý hơn",
    "the text encoding %2 set for %1 contradicts its .cpg or leaves undecodable text, though the text reads best as %2":
        "bảng mã %2 đặt cho %1 trái với tệp .cpg hoặc để lại ký tự không giải mã được, dù văn bản đọc bằng %2 là hợp lý nhất",
    "%1 stores its text as UTF-8: the text encoding %2 set for it is ignored":
        "%1 lưu văn bản bằng UTF-8: bảng mã %2 đặt cho tệp này không được dùng",
    # Identify panel
    "Field": "Trường",
    "Value": "Giá trị",
    "Click a planting area, a cooperative or a zone on the map.":
        "Nhấp vào một vùng trồng, một hợp tác xã hoặc một vùng hành chính trên bản đồ.",
    "All attributes": "Tất cả thuộc tính",
    "Investments": "Đầu tư",
    "none": "không có",
    "Investment": "Khoản đầu tư",
    "Name": "Tên",
    "Key": "Mã",
    "Members": "Thành viên",
    "OCOP": "OCOP",
    "%1 stars": "%1 sao",
    "Zone": "Vùng",
    "outside every zone": "nằm ngoài mọi vùng",
    "Planting area": "Vùng trồng",
    "Code": "Mã",
    "Crop": "Cây trồng",
    "Measured area (ha)": "Diện tích đo (ha)",
    "Declared area (ha)": "Diện tích khai báo (ha)",
    "not measured: no boundary (a point)": "chưa đo: chưa có ranh giới (chỉ có điểm)",
    "not given": "không có",
    "Measured − declared (ha)": "Đo − khai báo (ha)",
    "Cooperative": "Hợp tác xã",
    "not linked (key: %1)": "chưa liên kết (mã: %1)",
    "by key": "theo mã",
    "inferred: inside": "suy luận: nằm bên trong",
    "inferred: nearest, %1 m": "suy luận: gần nhất, %1 m",
    "Linked": "Liên kết",
    "Investments of the cooperative": "Đầu tư của hợp tác xã",
    "Planting areas": "Vùng trồng",
    "Planted area (ha)": "Diện tích trồng (ha)",
    "Codes": "Số mã",
    "Zone area (ha)": "Diện tích vùng (ha)",
    "Gross planted (ha)": "Diện tích trồng gộp (ha)",
    "Net planted (ha)": "Diện tích trồng thực (ha)",
    "Coverage (%)": "Tỷ lệ phủ (%)",
    "Cooperatives": "Hợp tác xã",
    "Investment (VND)": "Đầu tư (VNĐ)",
    "By crop": "Theo cây trồng",
    "%1 ha net, %2 codes": "%1 ha thực, %2 mã",
    "Statistics": "Thống kê",
    "not available": "không có",
    # Layers panel
    "Opacity": "Độ mờ đục",
    "Move up (draw later)": "Đưa lên (vẽ sau)",
    "Move down (draw earlier)": "Đưa xuống (vẽ trước)",
    "Zoom to layer": "Phóng tới lớp",
    "Open attribute table": "Mở bảng thuộc tính",
    "Table without geometry": "Bảng không có hình học",
    # Main window
    "%1° E, %2° N": "%1° Đ, %2° B",
    "X %1 m, Y %2 m (%3)": "X %1 m, Y %2 m (%3)",
    "Rendered in %1 ms": "Vẽ trong %1 ms",
    "About VungTrong": "Giới thiệu VungTrong",
    "<b>VungTrong</b> %1<br>Planting areas, cooperatives and investments of a province.<br>"
    "Statistics are computed by the geo library (GDAL, PROJ, GEOS); the demo data is synthetic.":
        "<b>VungTrong</b> %1<br>Vùng trồng, hợp tác xã và đầu tư của một tỉnh.<br>"
        "Số liệu thống kê do thư viện geo tính (GDAL, PROJ, GEOS); dữ liệu mẫu là dữ liệu giả lập.",
    "Nothing found for “%1”": "Không tìm thấy “%1”",
    "VungTrong — planting areas": "VungTrong — vùng trồng",
    "%1 — VungTrong": "%1 — VungTrong",
    "&File": "&Tệp",
    "&Open project…": "&Mở dự án…",
    "Open &recent": "Mở &gần đây",
    "&Add layer…": "&Thêm lớp…",
    "&Save project": "&Lưu dự án",
    "Save project &as…": "Lưu dự án &thành…",
    "Export map as &PNG…": "Xuất bản đồ ra &PNG…",
    "Export map as P&DF…": "Xuất bản đồ ra P&DF…",
    "Export statistics as &CSV…": "Xuất thống kê ra &CSV…",
    "&Quit": "T&hoát",
    "&View": "&Xem",
    "Zoom &in": "Phóng &to",
    "Zoom &out": "Thu &nhỏ",
    "&Full extent": "&Toàn bộ",
    "Show &legend on the map": "Hiện &chú giải trên bản đồ",
    "Legend": "Chú giải",
    "Show la&bels": "Hiện &nhãn",
    "&Layer": "&Lớp",
    "&Attribute table": "&Bảng thuộc tính",
    "&Zoom to layer": "&Phóng tới lớp",
    "L&anguage": "&Ngôn ngữ",
    "&Help": "Trợ &giúp",
    "&About VungTrong": "&Giới thiệu VungTrong",
    "Main toolbar": "Thanh công cụ chính",
    "Search code, cooperative or zone…": "Tìm mã, hợp tác xã hoặc vùng…",
    "Layers": "Các lớp",
    "Statistics by zone": "Thống kê theo vùng",
    "Identify": "Thông tin đối tượng",
    "Messages": "Thông báo",
    "Attributes: %1": "Thuộc tính: %1",
    "Province: %1 codes, %2 ha gross, %3 ha net; %4 cooperatives, %5 members; investments %6 VND.":
        "Toàn tỉnh: %1 mã, %2 ha gộp, %3 ha thực; %4 hợp tác xã, %5 thành viên; đầu tư %6 VNĐ.",
    "Statistics could not be computed: %1": "Không tính được thống kê: %1",
    "No zones layer: no statistics.": "Không có lớp vùng: không có thống kê.",
    "Scale 1:%1": "Tỷ lệ 1:%1",
    "Cancel": "Hủy",
    "Opening %1…": "Đang mở %1…",
    "Opening cancelled.": "Đã hủy mở dự án.",
    "Cannot open project": "Không mở được dự án",
    "Error": "Lỗi",
    "Warning": "Cảnh báo",
    "Repaired [%1] feature %2: %3": "Đã sửa [%1] đối tượng %2: %3",
    "Add layer": "Thêm lớp",
    "Layer of %1:": "Lớp của %1:",
    "Cannot add layer": "Không thêm được lớp",
    "Reading %1…": "Đang đọc %1…",
    "The file does not say its coordinate system. Guessed: %1\n(%2)\n\nConfirm or enter another (e.g. EPSG:9209):":
        "Tệp không ghi hệ tọa độ. Phỏng đoán: %1\n(%2)\n\nXác nhận hoặc nhập hệ khác (ví dụ EPSG:9209):",
    "The file does not say its coordinate system and it could not be guessed. Enter one (e.g. EPSG:9209):":
        "Tệp không ghi hệ tọa độ và không thể phỏng đoán. Hãy nhập hệ tọa độ (ví dụ EPSG:9209):",
    "Coordinate system of %1": "Hệ tọa độ của %1",
    "No coordinate system given.": "Chưa nhập hệ tọa độ.",
    "Untitled project": "Dự án chưa đặt tên",
    "%1 lies outside the project folder: the project refers to it there, so copy it along when you move the project.":
        "%1 nằm ngoài thư mục dự án: dự án trỏ tới tệp ở đó, nên hãy chép kèm tệp này khi chuyển dự án.",
    "Updating the map…": "Đang cập nhật bản đồ…",
    "Saved %1": "Đã lưu %1",
    "Cannot save project": "Không lưu được dự án",
    "Save project": "Lưu dự án",
    "VungTrong projects (*.vtproj)": "Dự án VungTrong (*.vtproj)",
    "Open project": "Mở dự án",
    "Layers (*.shp *.gpkg *.geojson *.json *.csv *.xlsx *.tif *.tiff *.mbtiles);;All files (*)":
        "Lớp dữ liệu (*.shp *.gpkg *.geojson *.json *.csv *.xlsx *.tif *.tiff *.mbtiles);;Mọi tệp (*)",
    "Layers (*.shp *.gpkg *.geojson *.json *.csv *.xlsx);;All files (*)":
        "Lớp dữ liệu (*.shp *.gpkg *.geojson *.json *.csv *.xlsx);;Mọi tệp (*)",
    # Raster backgrounds (basemaps): GeoTIFF, MBTiles, XYZ tiles
    "Background raster, drawn under every layer": "Ảnh nền, vẽ dưới mọi lớp",
    "Cannot be drawn: %1": "Không vẽ được: %1",
    "Add &XYZ tiles…": "Thêm lớp nền ô &XYZ…",
    "Open a project first: a background is drawn under its layers.":
        "Hãy mở một dự án trước: ảnh nền được vẽ dưới các lớp của dự án.",
    "add background %1": "thêm ảnh nền %1",
    "Add XYZ tiles": "Thêm lớp nền ô XYZ",
    "Name:": "Tên:",
    "URL template:": "Mẫu URL:",
    "Attribution:": "Ghi nguồn:",
    "Deepest zoom level:": "Mức phóng to lớn nhất:",
    "{z}, {x} and {y} stand for the zoom level and the tile's column and row. Tiles are kept on disk, so the map still shows them without a network. The attribution is drawn on the map and in exported maps, as tile providers require.":
        "{z}, {x} và {y} là mức phóng và cột, hàng của ô ảnh. Các ô ảnh được lưu trên đĩa nên bản đồ vẫn hiện chúng khi không có mạng. Ghi nguồn được vẽ trên bản đồ và trên bản đồ xuất ra, theo yêu cầu của nhà cung cấp ô ảnh.",
    "Give the URL template of the tiles.": "Hãy nhập mẫu URL của các ô ảnh.",
    "Cannot export the map": "Không xuất được bản đồ",
    "Map exported to %1": "Đã xuất bản đồ ra %1",
    "PDF documents (*.pdf)": "Tài liệu PDF (*.pdf)",
    "PNG images (*.png)": "Ảnh PNG (*.png)",
    "Export map": "Xuất bản đồ",
    "Export statistics": "Xuất thống kê",
    "CSV files (*.csv)": "Tệp CSV (*.csv)",
    "Cannot export statistics": "Không xuất được thống kê",
    # Map canvas and map furniture
    "Open a project (Ctrl+O) or drop a layer here.": "Mở một dự án (Ctrl+O) hoặc thả một lớp dữ liệu vào đây.",
    "Planted coverage (% of zone)": "Tỷ lệ diện tích trồng (% diện tích vùng)",
    "Planting areas by crop": "Vùng trồng theo cây trồng",
    "Other crops": "Cây trồng khác",
    "Small plots: share of land planted": "Vùng trồng nhỏ: tỷ lệ đất trồng",
    "under %1": "dưới %1",
    "%1 or more": "từ %1 trở lên",
    "No statistics": "Không có thống kê",
    "Cooperatives (area ∝ members)": "Hợp tác xã (diện tích ∝ số thành viên)",
    "%1 members": "%1 thành viên",
    "Has investments": "Có đầu tư",
    "Province boundary": "Ranh giới tỉnh",
    "N": "B",
    "VungTrong — demo data, synthetic": "VungTrong — dữ liệu mẫu, giả lập",
    # Statistics table
    "Σ area(code ∩ zone): overlapping codes count twice": "Σ diện tích(mã ∩ vùng): các mã chồng lấn được tính hai lần",
    "Area of the union of the codes inside the zone": "Diện tích hợp của các mã trong vùng",
    "Net planted area / zone area × 100": "Diện tích trồng thực / diện tích vùng × 100",
    "Cooperatives with OCOP products of 3 stars or more": "Hợp tác xã có sản phẩm OCOP từ 3 sao trở lên",
    "Planting areas in the zone, including codes without a boundary (points)":
        "Số vùng trồng trong vùng, kể cả các mã chưa có ranh giới (chỉ có điểm)",
    "Σ declared area of the zone's codes: a point whole, a polygon by the share of its measured area inside the zone":
        "Σ diện tích khai báo của các mã trong vùng: mã dạng điểm tính trọn, mã có ranh giới tính theo phần "
        "diện tích đo nằm trong vùng",
    # Export dialog and export actions
    "Export layer": "Xuất lớp",
    "GeoJSON (RFC 7946, WGS 84)": "GeoJSON (RFC 7946, WGS 84)",
    "GeoJSON lines (big layers)": "GeoJSON theo dòng (cho lớp lớn)",
    "GeoPackage (project CRS)": "GeoPackage (hệ tọa độ của dự án)",
    "Shapefile (project CRS, UTF-8)": "Shapefile (hệ tọa độ của dự án, UTF-8)",
    "CSV table": "Bảng CSV",
    "Excel workbook (XLSX)": "Sổ tính Excel (XLSX)",
    "Add linked attributes (measured ha, cooperative, zone, investments)":
        "Thêm thuộc tính liên kết (diện tích đo, hợp tác xã, vùng, đầu tư)",
    "All features": "Tất cả đối tượng",
    "Features in zone": "Các đối tượng trong vùng",
    "Clip to the zone": "Cắt theo ranh giới vùng",
    "Decimals of longitude and latitude; 7 decimals are about 1 cm.":
        "Số chữ số thập phân của kinh độ, vĩ độ; 7 chữ số là khoảng 1 cm.",
    "Browse…": "Chọn…",
    "Layer:": "Lớp:",
    "Format:": "Định dạng:",
    "Features:": "Đối tượng:",
    "Coordinate decimals:": "Số thập phân của tọa độ:",
    "File:": "Tệp:",
    "Export": "Xuất",
    "Export &statistics (CSV, XLSX)…": "Xuất &thống kê (CSV, XLSX)…",
    "Export &layer (GeoJSON, GeoPackage, Shapefile, CSV, XLSX, PostGIS)…":
        "Xuất &lớp (GeoJSON, GeoPackage, Shapefile, CSV, XLSX, PostGIS)…",
    # PostGIS: the office's shared database (issue 14)
    "Add PostGIS layer": "Thêm lớp PostGIS",
    "Add &PostGIS layer…": "Thêm lớp &PostGIS…",
    "Add": "Thêm",
    "PostGIS table (shared database)": "Bảng PostGIS (cơ sở dữ liệu dùng chung)",
    "Replace the table if it exists (in one transaction)": "Thay bảng nếu đã có (trong một giao dịch)",
    "Database:": "Cơ sở dữ liệu:",
    "a [name] of pg_service.conf": "một [tên] trong pg_service.conf",
    "or the server, e.g. gis.sonnptnt.local": "hoặc máy chủ, ví dụ gis.sonnptnt.local",
    "schema.table, e.g. quy_hoach.vung_trong": "lược_đồ.bảng, ví dụ quy_hoach.vung_trong",
    "Service:": "Dịch vụ:",
    "Host:": "Máy chủ:",
    "Port:": "Cổng:",
    "User:": "Người dùng:",
    "Table:": "Bảng:",
    "The password is read from ~/.pgpass, the service file or PGPASSWORD: it is never stored in the project.":
        "Mật khẩu được đọc từ ~/.pgpass, tệp dịch vụ hoặc PGPASSWORD: không bao giờ được lưu trong dự án.",
    "Excel workbook (*.xlsx);;CSV table of the zones (*.csv)": "Sổ tính Excel (*.xlsx);;Bảng CSV theo vùng (*.csv)",
    "No project is open.": "Chưa mở dự án nào.",
    "Wrote %1": "Đã ghi %1",
    "Exporting %1…": "Đang xuất %1…",
    "Export cancelled; any earlier file is unchanged.": "Đã hủy xuất; tệp cũ (nếu có) vẫn giữ nguyên.",
    "Cannot export layer": "Không xuất được lớp",
    "&Edit": "&Sửa",
    "Text encoding of %1": "Bảng mã chữ của %1",
    "The file does not say how its text is encoded. %1\nFirst text as decoded: “%2”\n\nConfirm or choose another encoding:":
        "Tệp không cho biết chữ được mã hóa theo bảng mã nào. %1\nChữ đầu tiên khi giải mã: “%2”\n\nXác nhận hoặc chọn bảng mã khác:",
    "&Undo": "&Hoàn tác",
    "&Redo": "&Làm lại",
    "&Undo %1": "&Hoàn tác: %1",
    "&Redo %1": "&Làm lại: %1",
    "add layer %1": "thêm lớp %1",
    "Cooperatives holding planting areas here": "Các hợp tác xã có vùng trồng tại đây",
    "not linked to a cooperative": "chưa liên kết với hợp tác xã",
    # Data-quality dock
    "Data quality": "Kiểm tra dữ liệu",
    "Data quality (%1)": "Kiểm tra dữ liệu (%1)",
    "Note": "Ghi chú",
    "Layer not read": "Không đọc được lớp",
    "Problem while reading": "Lỗi khi đọc dữ liệu",
    "Coordinate system guessed": "Hệ tọa độ được đoán",
    "Text encoding guessed": "Bảng mã chữ được đoán",
    "Invalid geometry (repaired)": "Hình học không hợp lệ (đã sửa)",
    "Empty geometry": "Hình học rỗng",
    "Duplicate code": "Mã bị trùng",
    "Overlapping planting areas": "Vùng trồng chồng lấn nhau",
    "Outside every zone": "Nằm ngoài mọi vùng",
    "Planting area without cooperative": "Vùng trồng chưa gắn với HTX",
    "Investment without cooperative": "Khoản đầu tư chưa gắn với HTX",
    "Cooperative without key": "HTX không có mã",
    "Code does not match the pattern": "Mã sai định dạng",
    "Declared area differs from measured": "Diện tích khai báo lệch diện tích đo",
    "Planting area without boundary": "Vùng trồng chưa có ranh giới",
    "Severity": "Mức độ",
    "Layer": "Lớp",
    "FID": "FID",
    "Finding": "Phát hiện",
    "ha": "ha",
    "Details": "Chi tiết",
    "No report: the project has no statistics.": "Chưa có báo cáo: dự án chưa có thống kê.",
    "No findings.": "Không phát hiện vấn đề nào.",
    "All findings": "Tất cả phát hiện",
    "Warnings and errors": "Cảnh báo và lỗi",
    "Errors only": "Chỉ lỗi",
    # Statistics by another layer
    "Statistics by:": "Thống kê theo:",
    "New units (crosswalk of %1)": "Đơn vị mới (chuyển đổi từ %1)",
    "Unit": "Đơn vị",
    "Statistics by %1…": "Đang thống kê theo %1…",
    "Cannot compute statistics": "Không tính được thống kê",
    "choose a polygon layer": "chọn một lớp vùng",
    # Cooperatives tab
    "OCOP stars": "Sao OCOP",
    "Planted (ha)": "Diện tích trồng (ha)",
    # Findings export
    "Export findings": "Xuất kết quả kiểm tra",
    "Excel workbook (*.xlsx);;CSV table (*.csv)": "Tệp Excel (*.xlsx);;Bảng CSV (*.csv)",
    "Cannot export findings": "Không xuất được kết quả kiểm tra",
    "Export…": "Xuất…",
    "Save the findings as CSV or Excel, to send to whoever keeps the data":
        "Lưu kết quả kiểm tra ra CSV hoặc Excel để gửi cho đơn vị quản lý dữ liệu",
    # Data-quality sentences (geo::Finding facts)
    "no boundary (a point): counts in its zone's codes and declared area (%1 ha), never in measured area; "
    "add its polygon to measure it":
        "chưa có ranh giới (chỉ có điểm): được tính vào số mã và diện tích khai báo (%1 ha) của vùng, không "
        "bao giờ vào diện tích đo; bổ sung ranh giới của mã để đo được",
    "no boundary (a point) and no declared area: counts in its zone's codes only; add its polygon or its "
    "declared area":
        "chưa có ranh giới (chỉ có điểm) và không có diện tích khai báo: chỉ được tính vào số mã của vùng; "
        "bổ sung ranh giới hoặc diện tích khai báo của mã",
    "declared %1 ha, measured %2 ha (%3 % apart, tolerance %4 %)":
        "khai báo %1 ha, đo được %2 ha (lệch %3 %, ngưỡng cho phép %4 %)",
    "lies outside every zone": "nằm ngoài mọi vùng",
    "%1 ha lie outside every zone": "%1 ha nằm ngoài mọi vùng",
    "cooperative lies outside every zone": "hợp tác xã nằm ngoài mọi vùng",
    "no cooperative has the key '%1': its amount counts in no zone":
        "không có hợp tác xã nào mang mã '%1': số tiền không được tính vào vùng nào",
    "investment has no cooperative key": "khoản đầu tư không có mã hợp tác xã",
    "no cooperative has the key '%1'": "không có hợp tác xã nào mang mã '%1'",
    "no cooperative: the cooperative key is empty": "chưa gắn hợp tác xã: mã hợp tác xã để trống",
    "overlaps %1 by %2 ha": "chồng lấn %1 trên %2 ha",
    "code '%1' is also used by feature %2 (fid %3)": "mã '%1' cũng được dùng cho đối tượng %2 (fid %3)",
    "code of %1 bytes is far longer than any code": "mã dài %1 byte, dài hơn nhiều so với mọi mã",
    "planting area has no code": "vùng trồng chưa có mã",
    "code '%1' does not match the pattern %2": "mã '%1' không đúng mẫu %2",
    "cooperative has no key: nothing can link to it": "hợp tác xã không có mã nên không liên kết được",
    "feature has no geometry": "đối tượng không có hình học",
    "feature has no geometry (empty after repair)": "đối tượng không có hình học (rỗng sau khi sửa)",
    "invalid geometry: %1": "hình học không hợp lệ: %1",
    "no CRS in %1; guessed %2 (%3)": "%1 không có hệ tọa độ; đoán là %2 (%3)",
    # Issue 10: axis order, degrees without .prj, TM-3 without a province
    "no CRS in %1; guessed %2 (%3); read as %4 (%5) it would lie %6 m away: set the layer's CRS if the data is %4":
        "%1 không có hệ tọa độ; đoán là %2 (%3); nếu đọc theo %4 (%5) thì lớp lệch %6 m: hãy đặt hệ tọa độ "
        "của lớp nếu dữ liệu là %4",
    "no CRS in %1; guessed %2 (%3), but a province's TM-3 zone may fit: a province is needed (candidates: %4)":
        "%1 không có hệ tọa độ; đoán là %2 (%3), nhưng múi TM-3 của một tỉnh cũng có thể khớp: cần chọn tỉnh "
        "(các tỉnh có thể: %4)",
    "the coordinates look latitude first (x %1, y %2): set the layer's axis order to lat_lon":
        "tọa độ có vẻ ghi vĩ độ trước (x %1, y %2): hãy đặt thứ tự trục của lớp là lat_lon",
    "Latitude written first": "Vĩ độ được ghi trước",
    "Axis order of %1": "Thứ tự trục tọa độ của %1",
    "Latitude first: swap to longitude, latitude (lat_lon)": "Vĩ độ trước: đổi thành kinh độ, vĩ độ (lat_lon)",
    "Longitude first, as stored (lon_lat)": "Kinh độ trước, giữ như trong tệp (lon_lat)",
    "The first coordinate (%1 … %2) looks like a latitude in Vietnam and the second (%3 … %4) like a longitude:\n"
    "the file seems to be written latitude first. Measured as stored, its areas would be wrong.\n\n"
    "How are the coordinates written?":
        "Tọa độ thứ nhất (%1 … %2) giống vĩ độ ở Việt Nam và tọa độ thứ hai (%3 … %4) giống kinh độ:\ntệp có vẻ "
        "ghi vĩ độ trước. Nếu đo như đang lưu, diện tích sẽ sai.\n\nTọa độ được ghi theo thứ tự nào?",
    "Crosswalk: %1": "Bảng chuyển đổi: %1",
    # Data from the field: layers not read (relink), unmapped zones, paths outside the project folder
    "These layers of the project could not be read; the map and the statistics lack them:":
        "Không đọc được các lớp sau của dự án; bản đồ và thống kê thiếu các lớp này:",
    "%1 (%2): %3": "%1 (%2): %3",
    "Relink… lets you find each file; the new path is used now and kept in the project when you save it.":
        "Liên kết lại… cho phép chọn lại từng tệp; đường dẫn mới được dùng ngay và được giữ trong dự án khi bạn lưu.",
    "Layers not read": "Có lớp không đọc được",
    "Relink…": "Liên kết lại…",
    "Find the file of layer %1 (was %2)": "Tìm tệp của lớp %1 (trước đây: %2)",
    "Cannot relink layer": "Không liên kết lại được lớp",
    "The project has no layer %1.": "Dự án không có lớp %1.",
    "relink layer %1": "liên kết lại lớp %1",
    "Layer %1 now reads %2; save the project to keep this path.":
        "Lớp %1 giờ đọc từ %2; hãy lưu dự án để giữ đường dẫn này.",
    "Zones of layer %1 are named by the field %2 (code) and %3 (name): the project names no fields for this layer, "
    "and these differ between features.":
        "Các vùng của lớp %1 được đặt tên theo trường %2 (mã) và %3 (tên): dự án không chỉ định trường cho lớp này, "
        "và giá trị các trường này khác nhau giữa các đối tượng.",
    "Zone name %1 (%2) is held by %3 zones of layer %4: tell them apart by their codes.":
        "Tên vùng %1 (%2) được dùng cho %3 vùng của lớp %4: hãy phân biệt chúng theo mã.",
    "Outside the project folder: %1": "Nằm ngoài thư mục dự án: %1",
    "Network source: %1": "Nguồn dữ liệu mạng: %1",
    "Zone fields chosen": "Trường tên vùng được tự chọn",
    "Zone names repeat": "Tên vùng bị trùng",
    "Outside the project folder": "Nằm ngoài thư mục dự án",
    "zones are named by %1 (code) and %2 (name): the project names no fields for this layer":
        "các vùng được đặt tên theo %1 (mã) và %2 (tên): dự án không chỉ định trường cho lớp này",
    "zone name '%1' (%2) is held by %3 zones: rows are told apart only by their codes (%4)":
        "tên vùng '%1' (%2) được dùng cho %3 vùng: các dòng chỉ phân biệt được theo mã (%4)",
    "zone code '%1' (%2) is held by %3 zones: set the layer's code field in the project":
        "mã vùng '%1' (%2) được dùng cho %3 vùng: hãy chỉ định trường mã của lớp trong dự án",
    "'%1' is outside the project folder: copying the project folder alone does not take this file along":
        "'%1' nằm ngoài thư mục dự án: chỉ chép thư mục dự án sẽ không mang theo tệp này",
    "'%1' is a network source: copying the project folder alone does not take this file along":
        "'%1' là nguồn dữ liệu mạng: chỉ chép thư mục dự án sẽ không mang theo tệp này",
    # Layer styles: the style panel, the legend and messages
    "No value": "Không có giá trị",
    "Layer “%1”: no field “%2” to label by": "Lớp “%1”: không có trường “%2” để ghi nhãn",
    "Layer “%1”: no field “%2” to classify by": "Lớp “%1”: không có trường “%2” để phân lớp",
    "Other values": "Giá trị khác",
    "Layer “%1”: field “%2” holds no numbers to grade by": "Lớp “%1”: trường “%2” không có số để phân cấp",
    "feature %1": "đối tượng %1",
    "Under the click": "Tại điểm nhấp",
    "Style…": "Kiểu hiển thị…",
    "Fill, stroke, labels and classes of the layer": "Màu nền, viền, nhãn và các lớp phân loại của lớp bản đồ",
    "Style: %1": "Kiểu hiển thị: %1",
    "Style of “%1”": "Kiểu hiển thị của “%1”",
    "As its role draws it": "Theo vai trò của lớp",
    "Single colour": "Một màu",
    "Categorised by a field": "Phân loại theo một trường",
    "Graduated by a numeric field": "Phân cấp theo một trường số",
    "Drawing": "Cách vẽ",
    "Fill": "Màu nền",
    "Fill opacity": "Độ mờ đục của nền",
    "Outline": "Đường viền",
    "Outline width": "Độ rộng viền",
    "Layer opacity": "Độ mờ đục của lớp",
    "(no labels)": "(không ghi nhãn)",
    "Label by": "Ghi nhãn theo",
    "Quantile (equal counts)": "Phân vị (số lượng bằng nhau)",
    "Equal interval": "Khoảng đều",
    "Natural breaks (Jenks)": "Ngắt tự nhiên (Jenks)",
    "Classes by": "Chia lớp theo",
    "Number of classes": "Số lớp",
    "Greens": "Xanh lá",
    "Blues": "Xanh dương",
    "Oranges": "Cam",
    "Reds": "Đỏ",
    "Purples": "Tím",
    "Viridis": "Viridis",
    "Colours": "Dải màu",
    "Classes as drawn:": "Các lớp như được vẽ:",
    "Choose a colour": "Chọn màu",
    "The layer's own drawing (see the legend)": "Cách vẽ riêng của lớp (xem chú giải)",
    # Started without a project: the installed demo is offered
    "Welcome to VungTrong": "Chào mừng đến với VungTrong",
    "<b>No project is open.</b>": "<b>Chưa mở dự án nào.</b>",
    "VungTrong is installed with a demo province project: zones, planting areas, cooperatives and investments whose totals are a province's published figures and whose geometry is synthetic.<br><br>Open the demo, or a project of your own (.vtproj)?":
        "VungTrong được cài kèm một dự án tỉnh mẫu: các vùng, vùng trồng, hợp tác xã và khoản đầu tư có tổng số theo số liệu công bố của một tỉnh, còn hình học là giả lập.<br><br>Mở dự án mẫu, hay một dự án của bạn (.vtproj)?",
    "Open the &demo": "Mở dự án &mẫu",
    "Open a &project…": "Mở một &dự án…",
    "&Start empty": "&Bắt đầu trống",
    "Open the &demo project": "Mở dự án &mẫu",
    # Headless render (no display, or --render): the summary on standard output
    "cannot create %1": "không tạo được %1",
    "map: %1": "bản đồ: %1",
    "statistics: %1": "thống kê: %1",
    "statistics: none (%1)": "thống kê: không có (%1)",
    "data quality: %1 error(s), %2 warning(s), %3 note(s); `%4` lists them":
        "kiểm tra dữ liệu: %1 lỗi, %2 cảnh báo, %3 ghi chú; `%4` liệt kê chi tiết",
    "no display; give a project to render: %1": "không có màn hình; hãy chỉ định dự án cần xuất bản đồ: %1",
    # Search box: what kind of feature a hit in the list is
    "zone": "vùng",
    "planting area": "vùng trồng",
    "cooperative": "hợp tác xã",
    "%1 (%2)": "%1 (%2)",
    # Identify: a zone's holders open on double click
    "Double-click to show this cooperative": "Nhấp đúp để xem hợp tác xã này",
}

VI_NUMERUS = {
    "%1 (%n features)": ["%1 (%n đối tượng)"],
    "Selected features (%n)": ["Các đối tượng đang chọn (%n)"],
    "%1 ha, %n code(s)": ["%1 ha, %n mã"],
    "Wrote %n feature(s) to %1": ["Đã ghi %n đối tượng vào %1"],
    "%n layer(s) could not be read: see Messages.": ["%n lớp không đọc được: xem Thông báo."],
    "%n error(s)": ["%n lỗi"],
    "%n warning(s)": ["%n cảnh báo"],
    "%n note(s)": ["%n ghi chú"],
}


def fill(path: Path, table, numerus, english: bool) -> list:
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = [source.replace("(s)", "s")] * 2 if english else numerus.get(source)
            if forms is None:
                missing.append(source)
                continue
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            text = source if english else table.get(source)
            if text is None:
                missing.append(source)
                continue
            translation.text = text
        translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    return missing


if __name__ == "__main__":
    missing = fill(HERE / "vungtrong_vi.ts", VI, VI_NUMERUS, english=False)
    fill(HERE / "vungtrong_en.ts", {}, {}, english=True)
    for m in missing:
        print("untranslated:", repr(m), file=sys.stderr)
    sys.exit(1 if missing else 0)
