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
    "Map tools": "Công cụ bản đồ",
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
    "{z}, {x} and {y} stand for the zoom level and the tile's column and row (a WMTS template on the GoogleMapsCompatible grid names them {TileMatrix}, {TileCol} and {TileRow}). Tiles are kept on disk, so the map still shows them without a network. The attribution is drawn on the map and in exported maps, as tile providers require.":
        "{z}, {x} và {y} là mức phóng và cột, hàng của ô ảnh (mẫu WMTS trên lưới GoogleMapsCompatible gọi chúng là {TileMatrix}, {TileCol} và {TileRow}). Các ô ảnh được lưu trên đĩa nên bản đồ vẫn hiện chúng khi không có mạng. Ghi nguồn được vẽ trên bản đồ và trên bản đồ xuất ra, theo yêu cầu của nhà cung cấp ô ảnh.",
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
    # Print layouts and the atlas (print_layout, atlas, print_dialog, print_controller)
    "Atlas of planting areas by %1": "Tập bản đồ vùng trồng theo %1",
    "Province totals": "Tổng toàn tỉnh",
    "Zones": "Các vùng",
    "Page %1 of %2": "Trang %1/%2",
    "Code %1 · %2": "Mã %1 · %2",
    "Page": "Trang",
    "OCOP cooperatives": "HTX có OCOP",
    "Declared (ha)": "Diện tích kê khai (ha)",
    "Cooperatives holding its planting areas": "Hợp tác xã có vùng trồng trong vùng",
    "No cooperative linked": "Chưa gắn hợp tác xã",
    "Data-quality findings in this zone": "Kết quả kiểm tra dữ liệu trong vùng",
    "None.": "Không có.",
    "… and %1 more": "… và %1 dòng nữa",
    "Data quality: %1 error(s), %2 warning(s), %3 note(s) in the whole project.": "Kiểm tra dữ liệu: %1 lỗi, %2 cảnh báo, %3 ghi chú trong toàn dự án.",
    "Scale %1": "Tỷ lệ %1",
    "Prepared by: %1": "Người lập: %1",
    "Coordinate system: %1": "Hệ tọa độ: %1",
    "Background: %1": "Ảnh nền: %1",
    "Overview": "Vị trí",
    "E": "Đ",
    "E&xport map (print layout, PDF or PNG)…": "&Xuất bản đồ (trang in, PDF hoặc PNG)…",
    "Export &atlas (a page per zone, PDF)…": "Xuất &tập bản đồ (mỗi vùng một trang, PDF)…",
    "PDF documents (*.pdf);;PNG images (*.png)": "Tài liệu PDF (*.pdf);;Ảnh PNG (*.png)",
    "Cannot export the atlas": "Không xuất được tập bản đồ",
    "The project has no zones to make pages of.": "Dự án không có lớp vùng để lập các trang.",
    "Export atlas": "Xuất tập bản đồ",
    "Landscape": "Khổ ngang",
    "Portrait": "Khổ dọc",
    "Fixed scale 1:": "Cố định tỷ lệ 1:",
    "None": "Không",
    "Project coordinates (metres)": "Tọa độ của dự án (mét)",
    "Longitude and latitude": "Kinh độ, vĩ độ",
    "Overview map": "Bản đồ vị trí",
    "North arrow": "Mũi tên chỉ hướng bắc",
    "Scale and scale bar": "Tỷ lệ và thước tỷ lệ",
    "Title:": "Tiêu đề:",
    "Subtitle:": "Tiêu đề phụ:",
    "Prepared by:": "Người lập:",
    "Paper:": "Khổ giấy:",
    "Orientation:": "Hướng giấy:",
    "Scale:": "Tỷ lệ:",
    "Coordinate grid:": "Lưới tọa độ:",
    "On the page:": "Trên trang:",
    "Source line:": "Dòng nguồn:",
    "Every text on the page is in the interface language (Ngôn ngữ / Language).": "Mọi chữ trên trang theo ngôn ngữ giao diện (Ngôn ngữ / Language).",
    # Projects: unsaved changes, new project wizard, project settings, missing layers
    "&New project…": "Dự án &mới…",
    "Project se&ttings…": "Thiết &lập dự án…",
    "Unsaved changes": "Thay đổi chưa lưu",
    "The project “%1” has changes that are not saved.": "Dự án “%1” có thay đổi chưa được lưu.",
    "Save them before going on?": "Lưu các thay đổi trước khi tiếp tục?",
    "&Save": "&Lưu",
    "&Don't save": "&Không lưu",
    "Project settings": "Thiết lập dự án",
    "Save the project first.": "Hãy lưu dự án trước.",
    "relink layers %1": "liên kết lại các lớp %1",
    "Layer %1 dropped from the project; save the project to keep this.":
        "Đã bỏ lớp %1 khỏi dự án; hãy lưu dự án để giữ thay đổi này.",
    "Zones (districts, communes)": "Vùng (huyện, xã)",
    "Loans (table)": "Khoản vay (bảng)",
    "Other table": "Bảng khác",
    "Kind": "Loại",
    "Cooperative code": "Mã HTX",
    "Cooperative code (key)": "Mã HTX (khóa)",
    "Amount (VND)": "Số tiền (đồng)",
    "Programme": "Chương trình",
    "Year": "Năm",
    "X (easting, longitude)": "X (hoành độ, kinh độ)",
    "Y (northing, latitude)": "Y (tung độ, vĩ độ)",
    "Geometry as WKT": "Hình học dạng WKT",
    "New project": "Dự án mới",
    "Province": "Tỉnh",
    "The province sets the coordinate system of the project: its VN-2000 TM-3 zone, as PROJ's database lists it.":
        "Tỉnh quyết định hệ tọa độ của dự án: múi chiếu VN-2000 TM-3 của tỉnh, theo cơ sở dữ liệu của PROJ.",
    "Project name:": "Tên dự án:",
    "(no province: VN-2000 / UTM 48N for files without a CRS)": "(không chọn tỉnh: VN-2000 / UTM 48N cho tệp không có hệ tọa độ)",
    "Province:": "Tỉnh:",
    "Coordinate system:": "Hệ tọa độ:",
    "none chosen": "chưa chọn",
    "Files": "Tệp",
    "Add the layers and tables (or drop them here) and say what each one is. Check the text encoding and the coordinate system: a guess is marked as one.":
        "Thêm các lớp và bảng (hoặc kéo thả vào đây) và cho biết mỗi tệp là gì. Kiểm tra bảng mã và hệ tọa độ: giá trị đoán được đánh dấu.",
    "File": "Tệp",
    "Role": "Vai trò",
    "Features": "Số đối tượng",
    "Text encoding": "Bảng mã",
    "Coordinate system": "Hệ tọa độ",
    "&Add files…": "&Thêm tệp…",
    "&Remove": "&Bỏ",
    "Add files": "Thêm tệp",
    "Layers and tables (*.shp *.gpkg *.geojson *.json *.csv *.xlsx *.ods *.kml *.kmz *.gml);;All files (*)":
        "Lớp và bảng (*.shp *.gpkg *.geojson *.json *.csv *.xlsx *.ods *.kml *.kmz *.gml);;Mọi tệp (*)",
    "Fields": "Trường",
    "Which column holds what. The choices are suggested from the column names; check them against the first rows.":
        "Cột nào chứa thông tin gì. Lựa chọn được gợi ý từ tên cột; hãy đối chiếu với các dòng đầu.",
    "Save the project": "Lưu dự án",
    "Paths to the files are written relative to the project file when they can be.":
        "Đường dẫn tới các tệp được ghi tương đối so với tệp dự án khi có thể.",
    "&Browse…": "&Chọn…",
    "project": "du_an",
    "%1: reading cancelled": "%1: đã hủy đọc",
    "none (a table without coordinates?)": "không có (bảng không có tọa độ?)",
    "guessed: %1 (%2)": "đoán: %1 (%2)",
    "Choose where to save the project.": "Hãy chọn nơi lưu dự án.",
    "Add at least one file.": "Hãy thêm ít nhất một tệp.",
    "Cannot save the project: %1": "Không lưu được dự án: %1",
    "Guessed from the text: confirm or choose another": "Đoán từ nội dung: xác nhận hoặc chọn bảng mã khác",
    "As the file declares it": "Theo khai báo của tệp",
    "No files yet: add them, or drop them on this window.": "Chưa có tệp: hãy thêm, hoặc kéo thả vào cửa sổ này.",
    "(none)": "(không)",
    "%1 (suggested, %2 %)": "%1 (gợi ý, %2 %)",
    "Layers not found": "Không tìm thấy lớp",
    "These layers of the project could not be read: the map and the statistics lack them. Find each file again (Browse…, or search a folder for the same file name), or keep the layer unavailable, or drop it from the project. Nothing is written to the project file until you save it.":
        "Không đọc được các lớp sau của dự án: bản đồ và thống kê đang thiếu chúng. Hãy tìm lại từng tệp (Chọn…, hoặc tìm trong một thư mục theo tên tệp), hoặc giữ lớp ở trạng thái không có dữ liệu, hoặc bỏ lớp khỏi dự án. Tệp dự án chỉ thay đổi khi bạn lưu.",
    "Path in the project": "Đường dẫn trong dự án",
    "New file": "Tệp mới",
    "Action": "Xử lý",
    "Why": "Lý do",
    "Keep (unavailable)": "Giữ (không có dữ liệu)",
    "Use the new file": "Dùng tệp mới",
    "Drop the layer": "Bỏ lớp",
    "&Search a folder…": "&Tìm trong thư mục…",
    "&Load": "&Nạp",
    "Keep all unavailable": "Giữ nguyên tất cả",
    "Layers (*.shp *.gpkg *.geojson *.json *.csv *.xlsx *.kml *.gml);;All files (*)":
        "Lớp (*.shp *.gpkg *.geojson *.json *.csv *.xlsx *.kml *.gml);;Mọi tệp (*)",
    "Search a folder for the missing files": "Tìm các tệp bị thiếu trong một thư mục",
    "To read again: %1; to drop: %2; kept unavailable: %3.": "Đọc lại: %1; bỏ: %2; giữ nguyên: %3.",
    "< &Back": "< &Quay lại",
    "&Next >": "&Tiếp >",
    "&Finish": "&Xong",
    # Map tools: measure, go to, select, attribute filter, remove layer (map_tools_controller.h)
    "&Tools": "&Công cụ",
    "Measure &distance": "Đo &khoảng cách",
    "Measure distance: click points on the map, double-click to finish, Esc to clear":
        "Đo khoảng cách: nhấp các điểm trên bản đồ, nhấp đúp để kết thúc, Esc để xóa",
    "Measure &area": "Đo &diện tích",
    "Measure area: click the corners on the map, double-click to finish, Esc to clear":
        "Đo diện tích: nhấp các góc trên bản đồ, nhấp đúp để kết thúc, Esc để xóa",
    "&Select by rectangle": "&Chọn bằng khung",
    "Select by rectangle: drag on the map (in the layer chosen in the Layers panel); Shift adds to the selection":
        "Chọn bằng khung: kéo trên bản đồ (trong lớp đang chọn ở bảng Các lớp); giữ Shift để thêm vào vùng chọn",
    "Select by &expression…": "Chọn theo &biểu thức…",
    "&Clear selection": "&Bỏ chọn",
    "&Go to coordinate…": "Đến &tọa độ…",
    "Click points on the map; double-click to finish.": "Nhấp các điểm trên bản đồ; nhấp đúp để kết thúc.",
    "Measure (geodesic, WGS 84)": "Đo (trắc địa, WGS 84)",
    "Distance": "Khoảng cách",
    "Area": "Diện tích",
    "Clear": "Xóa",
    "%1 m": "%1 m",
    "%1 km": "%1 km",
    "%1 m² (%2 ha)": "%1 m² (%2 ha)",
    "Distance %1": "Khoảng cách %1",
    "Area: click at least 3 points": "Diện tích: nhấp ít nhất 3 điểm",
    "Area %1\nPerimeter %2": "Diện tích %1\nChu vi %2",
    "%1° %2, %3° %4": "%1° %2, %3° %4",
    "Latitude, longitude (WGS 84): %1": "Vĩ độ, kinh độ (WGS 84): %1",
    "Longitude, latitude (WGS 84): %1": "Kinh độ, vĩ độ (WGS 84): %1",
    "X (northing) %1 m, Y (easting) %2 m in %3: %4": "X (hướng bắc) %1 m, Y (hướng đông) %2 m trong %3: %4",
    "Easting %2 m, northing %1 m in %3: %4": "Hướng đông %2 m, hướng bắc %1 m trong %3: %4",
    "Go to coordinate": "Đến tọa độ",
    "e.g. 9.6 105.97, 9°36′N 105°58′12″E or 1061653 551392": "vd. 9,6 105,97; 9°36′N 105°58′12″E hoặc 1061653 551392",
    "The coordinate system of coordinates in metres; degrees are read as WGS 84 (GPS).":
        "Hệ tọa độ của tọa độ tính bằng mét; tọa độ độ được hiểu là WGS 84 (GPS).",
    "Coordinate:": "Tọa độ:",
    "Metres are in:": "Mét theo hệ:",
    "Type longitude and latitude in degrees, or x and y in metres.":
        "Nhập kinh độ và vĩ độ bằng độ, hoặc x và y bằng mét.",
    "Open a project first.": "Hãy mở một dự án trước.",
    "%1° N, %2° E": "%1° B, %2° Đ",
    "No layer %1 in the project.": "Dự án không có lớp %1.",
    "Select by expression": "Chọn theo biểu thức",
    "%1: %2": "%1: %2",
    "=": "=",
    "≠": "≠",
    "<": "<",
    ">": ">",
    "contains": "chứa",
    "starts with": "bắt đầu bằng",
    "Add condition": "Thêm điều kiện",
    "Add to the current selection": "Thêm vào vùng chọn hiện có",
    "Select": "Chọn",
    "AND": "VÀ",
    "OR": "HOẶC",
    "value": "giá trị",
    "Remove this condition": "Bỏ điều kiện này",
    "Choose a layer.": "Hãy chọn một lớp.",
    "%1 rows": "%1 dòng",
    "%1 of %2 rows": "%1 trên %2 dòng",
    "Filter: rows where any column contains…": "Lọc: các dòng có cột bất kỳ chứa…",
    "Selected only": "Chỉ các dòng đang chọn",
    "Remove layer…": "Gỡ lớp…",
    "&Remove layer…": "&Gỡ lớp…",
    "Remove layer": "Gỡ lớp",
    "remove layer %1": "gỡ lớp %1",
    "remove background %1": "gỡ lớp nền %1",
    "Cannot remove layer": "Không gỡ được lớp",
    "the zones the statistics are computed by": "các vùng dùng để tính thống kê",
    "the planting areas every statistic measures": "các vùng trồng mà mọi thống kê đều đo",
    "the cooperatives the planting areas are linked to": "các hợp tác xã mà vùng trồng liên kết tới",
    "the investments summed per cooperative and zone": "các khoản đầu tư được cộng theo hợp tác xã và vùng",
    "the layer the statistics are shown by": "lớp đang dùng để hiển thị thống kê",
    "“%1” holds %2: without it the statistics change. Remove it from the project? (Edit ▸ Undo brings it back; the file itself is not touched.)":
        "“%1” chứa %2: không có lớp này, số liệu thống kê sẽ thay đổi. Gỡ lớp khỏi dự án? (Sửa ▸ Hoàn tác để lấy lại; tệp dữ liệu không bị thay đổi.)",
    # Search box: what kind of feature a hit in the list is
    "zone": "vùng",
    "planting area": "vùng trồng",
    "cooperative": "hợp tác xã",
    "%1 (%2)": "%1 (%2)",
    # Identify: a zone's holders open on double click
    "Double-click to show this cooperative": "Nhấp đúp để xem hợp tác xã này",
    # Editing planting areas and cooperatives (edit_controller, attribute_form, attribute_validation)
    '%1: "%2" is not a whole number.': '%1: "%2" không phải là số nguyên.',
    '%1: "%2" is not a number.': '%1: "%2" không phải là số.',
    '%1: "%2" is not a date (YYYY-MM-DD).': '%1: "%2" không phải là ngày (YYYY-MM-DD).',
    "%1: a %2 is required.": "%1: cần có %2.",
    '%1: %2 "%3" is already used by another feature.': '%1: %2 "%3" đã được dùng cho đối tượng khác.',
    "code": "mã",
    "key": "mã",
    "%1: \"%2\" does not follow the project's code pattern %3.": '%1: "%2" không theo mẫu mã của dự án %3.',
    "The project's code pattern cannot be used: %1": "Không dùng được mẫu mã của dự án: %1",
    "%1: the declared area must be a positive number of hectares.": "%1: diện tích khai báo phải là số héc-ta dương.",
    '%1: no cooperative has the key "%2"; pick one from the list.':
        '%1: không hợp tác xã nào có mã "%2"; hãy chọn trong danh sách.',
    "%1: members must be a whole number, 0 or more.": "%1: số thành viên phải là số nguyên, từ 0 trở lên.",
    "%1: OCOP stars are 0 to 5.": "%1: số sao OCOP từ 0 đến 5.",
    "New feature of %1": "Đối tượng mới của %1",
    "Feature %1 of %2": "Đối tượng %1 của %2",
    "Edit layer": "Sửa lớp",
    "Edit the planting areas or the cooperatives (the layer chosen in the layers panel)":
        "Sửa vùng trồng hoặc hợp tác xã (lớp đang chọn trong bảng lớp)",
    "Add point": "Thêm điểm",
    "Add polygon": "Thêm vùng",
    "Click the vertices; double-click or Enter finishes, Backspace takes a vertex back, Esc cancels. Hold Ctrl on the first vertex to cut a hole in the selected polygon.":
        "Nhấp các đỉnh; nhấp đúp hoặc Enter để kết thúc, Backspace bỏ đỉnh vừa đặt, Esc để hủy. Giữ Ctrl khi đặt đỉnh đầu tiên để khoét lỗ trong vùng đang chọn.",
    "Vertex tool": "Công cụ đỉnh",
    "Drag a vertex of the selected feature; double-click an edge to add one, Shift-click a vertex to delete it":
        "Kéo một đỉnh của đối tượng đang chọn; nhấp đúp lên cạnh để thêm đỉnh, Shift-nhấp lên đỉnh để xóa",
    "Edit attributes…": "Sửa thuộc tính…",
    "Delete features": "Xóa đối tượng",
    "Snapping": "Bắt điểm",
    "Snap to vertices and edges of other plots and of zone borders within %1 px":
        "Bắt vào đỉnh và cạnh của các thửa khác và ranh giới vùng trong phạm vi %1 px",
    "Save edits": "Lưu chỉnh sửa",
    "Editing": "Chỉnh sửa",
    "History": "Lịch sử",
    "<opened>": "<khi mở>",
    "Cannot edit": "Không sửa được",
    "Only the planting areas and the cooperatives can be edited.": "Chỉ sửa được lớp vùng trồng và lớp hợp tác xã.",
    "Editing %1": "Đang sửa %1",
    "Stop editing": "Dừng sửa",
    "%1 has edits that are not saved to its file.": "%1 có chỉnh sửa chưa được lưu vào tệp.",
    "discard edits of %1": "bỏ chỉnh sửa của %1",
    "Geometry refused": "Hình học bị từ chối",
    "The geometry is empty.": "Hình học rỗng.",
    "This layer holds points.": "Lớp này chứa điểm.",
    "This layer holds polygons.": "Lớp này chứa vùng.",
    "The polygon is not valid (%1) and nothing is left once repaired.":
        "Vùng không hợp lệ (%1) và không còn gì sau khi sửa.",
    "The polygon was not valid (%1) and was repaired: %2": "Vùng không hợp lệ (%1) và đã được sửa: %2",
    "Cannot apply the edit": "Không áp dụng được chỉnh sửa",
    "Feature refused": "Đối tượng bị từ chối",
    "add feature to %1": "thêm đối tượng vào %1",
    "Edit refused": "Chỉnh sửa bị từ chối",
    "edit attributes of feature %1": "sửa thuộc tính đối tượng %1",
    "edit geometry of feature %1": "sửa hình học đối tượng %1",
    "Cannot save edits": "Không lưu được chỉnh sửa",
    "Select the polygon to cut the hole in first.": "Hãy chọn vùng cần khoét lỗ trước.",
    "New planting area": "Vùng trồng mới",
    "New cooperative": "Hợp tác xã mới",
    "Write the edits to the layer's file": "Ghi các chỉnh sửa vào tệp của lớp",
    "Write the edits to %1": "Ghi các chỉnh sửa vào %1",
    "This layer cannot be saved to its source: %1": "Không lưu được lớp này vào nguồn của nó: %1",
    "it was not read from a file": "lớp không được đọc từ tệp",
    "No edits to save.": "Không có chỉnh sửa nào cần lưu.",
    "(previous files kept in %1)": "(tệp cũ được giữ tại %1)",
    "The file renumbered its features: the History starts again.":
        "Tệp đã đánh số lại các đối tượng: Lịch sử bắt đầu lại.",
    "Saved, but the layer could not be read again": "Đã lưu, nhưng không đọc lại được lớp",
    "The file changed on disk": "Tệp đã thay đổi trên đĩa",
    "%1\n\nAnother program changed the layer's file since VungTrong read it. Your edits are kept: save them as a copy, or read the file again (your edits stay in the History).":
        "%1\n\nMột chương trình khác đã sửa tệp của lớp từ khi VungTrong đọc nó. Các chỉnh sửa của bạn vẫn được giữ: hãy lưu thành bản sao, hoặc đọc lại tệp (các chỉnh sửa vẫn nằm trong Lịch sử).",
    "Save as copy…": "Lưu thành bản sao…",
    "Reload from disk": "Đọc lại từ đĩa",
    "Save the edited layer as": "Lưu lớp đã sửa thành",
    "GeoPackage (*.gpkg)": "GeoPackage (*.gpkg)",
    "Cannot read the layer again": "Không đọc lại được lớp",
    "reload %1 from disk": "đọc lại %1 từ đĩa",
    "Check: %1": "Kiểm tra: %1",
    "Merge features": "Gộp đối tượng",
    "One polygon from the selected ones: the first keeps its attributes, the others are deleted":
        "Gộp các vùng đang chọn thành một: vùng đầu tiên giữ thuộc tính, các vùng khác bị xóa",
    "Cannot merge": "Không gộp được",
    # Edit journal and crash recovery (edit_controller_journal.cpp, recovery_dialog.cpp)
    "an earlier edit of this feature could not be applied": "một chỉnh sửa trước đó của đối tượng này không áp dụng được",
    "its geometry is in %1, not WGS 84": "hình học của nó ở hệ %1, không phải WGS 84",
    "the layer's fields are not the ones it was made with": "các trường của lớp không còn như lúc chỉnh sửa",
    "the layer already has a feature with this FID": "lớp đã có một đối tượng mang FID này",
    "the feature is no longer in the file": "đối tượng không còn trong tệp",
    "the feature changed in the file since": "đối tượng đã thay đổi trong tệp kể từ lúc đó",
    "New feature %1 (%2, %3): %4": "Đối tượng mới %1 (%2, %3): %4",
    "Deleting feature %1 (%2, %3): %4": "Xóa đối tượng %1 (%2, %3): %4",
    "Edit of feature %1 (%2, %3): %4": "Sửa đối tượng %1 (%2, %3): %4",
    "No unsaved edits to recover in this project's edit journal.":
        "Nhật ký chỉnh sửa của dự án không có chỉnh sửa chưa lưu nào cần khôi phục.",
    "Recover unsaved edits…": "Khôi phục chỉnh sửa chưa lưu…",
    "Edits a VungTrong that did not close cleanly left unsaved in this project's edit journal":
        "Các chỉnh sửa chưa lưu mà một phiên VungTrong đóng không bình thường để lại trong nhật ký chỉnh sửa của dự án",
    "Export audit log (CSV)…": "Xuất nhật ký kiểm tra (CSV)…",
    "Every edit made to this project's layers: what, when and by which user, as CSV":
        "Mọi chỉnh sửa trên các lớp của dự án: sửa gì, lúc nào, người dùng nào, dạng CSV",
    "The edit journal could not be written, edits are not safe from a crash: %1":
        "Không ghi được nhật ký chỉnh sửa, các chỉnh sửa không được bảo vệ khi chương trình bị sập: %1",
    "Cannot recover edits": "Không khôi phục được chỉnh sửa",
    "The project has no layer %1 any more.": "Dự án không còn lớp %1.",
    "None of the edits can be applied to the file as it is now:\n%1":
        "Không chỉnh sửa nào áp dụng được cho tệp như hiện nay:\n%1",
    "Not applied: %1": "Không áp dụng: %1",
    "Cannot discard the edits": "Không hủy được các chỉnh sửa",
    "Cannot export the audit log": "Không xuất được nhật ký kiểm tra",
    "Save the project first: the edit journal lies beside its file.":
        "Hãy lưu dự án trước: nhật ký chỉnh sửa nằm cạnh tệp dự án.",
    "Export audit log": "Xuất nhật ký kiểm tra",
    "Recover unsaved edits": "Khôi phục chỉnh sửa chưa lưu",
    "Made %1 by %2.": "Thực hiện lúc %1 bởi %2.",
    "Made from %1 to %2 by %3.": "Thực hiện từ %1 đến %2 bởi %3.",
    "These edits cannot be applied (they stay in the audit log: History ▸ Export audit log):":
        "Các chỉnh sửa sau không áp dụng được (vẫn còn trong nhật ký kiểm tra: Lịch sử ▸ Xuất nhật ký kiểm tra):",
    "Recover puts them back as edits not yet saved, one step you can undo; Save edits writes them: the file is not changed until then. Discard drops them; Later asks again next time.":
        "Khôi phục đưa chúng trở lại thành các chỉnh sửa chưa lưu, gộp trong một bước có thể hoàn tác; Lưu chỉnh sửa "
        "sẽ ghi chúng: trước đó tệp không bị thay đổi. Hủy bỏ sẽ loại bỏ chúng; Để sau sẽ hỏi lại lần tới.",
    "Recover": "Khôi phục",
    "Discard": "Hủy bỏ",
    "Later": "Để sau",
    # Editing tables; declaring a guessed CRS (declare_crs.h)
    "%1: the amount must be a whole number of đồng, 0 or more.": "%1: số tiền phải là số đồng nguyên, từ 0 trở lên.",
    "Only the planting areas, the cooperatives and tables without geometry (investments, registers) can be edited.":
        "Chỉ sửa được vùng trồng, hợp tác xã và các bảng không có hình học (đầu tư, sổ đăng ký).",
    "Declare the CRS…": "Khai báo hệ tọa độ…",
    "Confirm or correct the coordinate system of a layer whose file does not say it (a shapefile without .prj): recorded in the project":
        "Xác nhận hoặc sửa hệ tọa độ của lớp mà tệp không ghi (shapefile không có .prj): ghi vào dự án",
    "Cannot declare the coordinate system": "Không thể khai báo hệ tọa độ",
    "No layer of the project has a guessed coordinate system.": "Dự án không có lớp nào có hệ tọa độ phỏng đoán.",
    "%1 is being edited: save or discard its edits and stop editing it first.":
        "%1 đang được sửa: hãy lưu hoặc bỏ các chỉnh sửa và dừng sửa lớp trước.",
    "declare the CRS of %1 as %2": "khai báo hệ tọa độ của %1 là %2",
    "The coordinate system of %1 is declared as %2: save the project to keep it.":
        "Hệ tọa độ của %1 đã được khai báo là %2: hãy lưu dự án để giữ lại.",
    "Declare the coordinate system": "Khai báo hệ tọa độ",
    "The answer is recorded in the project file, as the layer's coordinate system (\"crs\"), which the app and vungtrong-cli both read. The data's files are not changed and no file (such as a .prj) is added beside them. Save the project to keep it; Edit ▸ Undo takes it back.":
        "Câu trả lời được ghi vào tệp dự án, là hệ tọa độ của lớp (\"crs\"), mà cả ứng dụng và vungtrong-cli đều đọc. "
        "Các tệp dữ liệu không bị thay đổi và không có tệp nào (như .prj) được thêm bên cạnh. Hãy lưu dự án để giữ lại; "
        "Sửa ▸ Hoàn tác sẽ hủy bỏ.",
    "Declare": "Khai báo",
    "%1 does not say its coordinate system. VungTrong guessed %2 (%3): %4":
        "%1 không ghi hệ tọa độ. VungTrong phỏng đoán là %2 (%3): %4",
    "%1 — %2 (the guess)": "%1 — %2 (phỏng đoán)",
    "%1 — %2 (moves the layer by %3 m)": "%1 — %2 (lớp dịch đi %3 m)",
    "%1 (the province's coordinate system)": "%1 (hệ tọa độ của tỉnh)",
    "Choose or type a coordinate system (e.g. EPSG:9209).": "Hãy chọn hoặc nhập một hệ tọa độ (ví dụ EPSG:9209).",
    "%1, in %2": "%1, đơn vị %2",
    "degrees": "độ",
    "metres": "mét",
    "Not a coordinate system PROJ knows: %1": "PROJ không biết hệ tọa độ này: %1",
    # Editing: split tool, click selection
    "Split features": "Tách đối tượng",
    "Draw a line across the selected planting areas (or any, when none is selected): click the vertices, double-click or Enter finishes. The largest part keeps the code; the others get the next free codes, shown for confirmation.":
        "Vẽ một đường cắt ngang các vùng trồng đang chọn (hoặc bất kỳ vùng nào khi chưa chọn): nhấp các đỉnh, nhấp đúp hoặc Enter để kết thúc. Phần lớn nhất giữ mã; các phần khác nhận các mã còn trống kế tiếp, hiển thị để xác nhận.",
    "FID %1": "FID %1",
    "Cannot split": "Không tách được",
    "The line does not cut %1 right through: draw it from outside the planting area, across it, to outside again (or from border to border).":
        "Đường vẽ không cắt hết qua %1: hãy vẽ từ ngoài vùng trồng, cắt ngang qua, rồi ra ngoài lần nữa (hoặc từ ranh này sang ranh kia).",
    "The line does not cross the selected planting areas.": "Đường vẽ không cắt qua các vùng trồng đang chọn.",
    "The line does not cross any planting area.": "Đường vẽ không cắt qua vùng trồng nào.",
    "New codes: %1.": "Mã mới: %1.",
    "Split planting areas": "Tách vùng trồng",
    "Codes are unique, so the largest part of each planting area keeps its code and its other attributes; every other part is a new planting area with the next free code of the project's pattern and the same crop and cooperative. Declared hectares are shared out in proportion to the parts' areas. Change the new codes here if the register gives others.":
        "Mã số là duy nhất, nên phần lớn nhất của mỗi vùng trồng giữ mã và các thuộc tính khác; mỗi phần còn lại là một vùng trồng mới với mã còn trống kế tiếp theo mẫu mã của dự án, cùng cây trồng và hợp tác xã. Diện tích kê khai được chia theo tỷ lệ diện tích các phần. Hãy sửa các mã mới tại đây nếu sổ đăng ký cấp mã khác.",
    "Split from": "Tách từ",
    "Area (ha)": "Diện tích (ha)",
    "%1 (keeps its code)": "%1 (giữ mã)",
    "Split": "Tách",
    "The code %1 is given to two parts.": "Mã %1 được gán cho hai phần.",
    "Select: drag a rectangle or click a feature on the map (in the layer chosen in the Layers panel); Shift adds to the selection, Ctrl+click toggles a feature, Esc clears the selection":
        "Chọn: kéo một hình chữ nhật hoặc nhấp vào đối tượng trên bản đồ (trong lớp đang chọn ở bảng Lớp); Shift để thêm vào vùng chọn, Ctrl+nhấp để chọn hoặc bỏ chọn một đối tượng, Esc để bỏ chọn tất cả",
}

VI_NUMERUS = {
    "%n selected": ["Đã chọn %n"],
    "%n feature(s) match.": ["%n đối tượng khớp."],
    "Saved %n edit(s) to %1": ["Đã lưu %n chỉnh sửa vào %1"],
    "delete %n feature(s)": ["xóa %n đối tượng"],
    "merge %n feature(s)": ["gộp %n đối tượng"],
    "split %n feature(s)": ["tách %n đối tượng"],
    "Split %n planting area(s) into %1 parts; the largest part keeps the code.":
        ["Đã tách %n vùng trồng thành %1 phần; phần lớn nhất giữ mã."],
    "%1 (%n features)": ["%1 (%n đối tượng)"],
    "Selected features (%n)": ["Các đối tượng đang chọn (%n)"],
    "%1 ha, %n code(s)": ["%1 ha, %n mã"],
    "Wrote %n feature(s) to %1": ["Đã ghi %n đối tượng vào %1"],
    "%n layer(s) could not be read: see Messages.": ["%n lớp không đọc được: xem Thông báo."],
    "%n error(s)": ["%n lỗi"],
    "%n warning(s)": ["%n cảnh báo"],
    "%n note(s)": ["%n ghi chú"],
    "Making the atlas: %n page(s)…": ["Đang lập tập bản đồ: %n trang…"],
    "Atlas of %n page(s) exported to %1": ["Đã xuất tập bản đồ %n trang ra %1"],
    "%n guess(es) marked: check them before going on.": ["%n giá trị đoán được đánh dấu: hãy kiểm tra trước khi tiếp tục."],
    "%n file(s) found in %1.": ["Tìm thấy %n tệp trong %1."],
    "recover %n edit(s) of %1": ["khôi phục %n chỉnh sửa của %1"],
    "Recovered %n edit(s): they are not saved yet (Save edits writes them).":
        ["Đã khôi phục %n chỉnh sửa: chúng chưa được lưu (Lưu chỉnh sửa sẽ ghi chúng)."],
    "Discarded %n unsaved edit(s) (they stay in the audit log).":
        ["Đã hủy %n chỉnh sửa chưa lưu (vẫn còn trong nhật ký kiểm tra)."],
    "Wrote %n journal record(s) to %1": ["Đã ghi %n bản ghi nhật ký vào %1"],
    "VungTrong did not close cleanly while %1 was being edited: %n edit(s) were not saved to its file.":
        ["VungTrong đã đóng không bình thường khi đang sửa %1: %n chỉnh sửa chưa được lưu vào tệp."],
    "The file %1 changed since these edits were made, or this cannot be told: they are applied only to features that are still as the edits found them. %2 of %n edit(s) can be applied.":
        ["Tệp %1 đã thay đổi kể từ khi thực hiện các chỉnh sửa này, hoặc không xác định được: chỉ áp dụng cho những "
         "đối tượng vẫn còn như lúc chỉnh sửa. Áp dụng được %2 trên %n chỉnh sửa."],
    "%n other layer(s) have unsaved edits too: recover them afterwards with File ▸ Recover unsaved edits….":
        ["%n lớp khác cũng có chỉnh sửa chưa lưu: khôi phục chúng sau bằng Tệp ▸ Khôi phục chỉnh sửa chưa lưu…."],
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
