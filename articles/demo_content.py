"""The demo newsroom's texts, loaded by `articles.demo.seed()`.

Plain data only. Each article names its section and authors by slug; `days_ago` (or `days_ahead`)
and `time` fix its publish time relative to the first seeding run. `skills` lists skill names or
slugs that are linked when the careers data has them. `related` lists editor-picked related reads.
"""

SECTIONS = [
    {
        "slug": "ai-otomasi",
        "name": "AI & Otomasi",
        "name_en": "AI & Automation",
        "order": 1,
        "description": "Kecerdasan buatan, otomasi, dan cara keduanya mengubah pekerjaan sehari-hari.",
        "colors": ("#4338ca", "#06b6d4"),
        "color_words": "nila dan biru toska",
    },
    {
        "slug": "karier-skill",
        "name": "Karier & Skill",
        "name_en": "Careers & Skills",
        "order": 2,
        "description": "Skill yang dicari, jalur belajar ulang, dan langkah praktis untuk membangun karier teknologi.",
        "colors": ("#047857", "#a3e635"),
        "color_words": "hijau zamrud dan hijau limau",
    },
    {
        "slug": "industri-teknologi",
        "name": "Industri Teknologi",
        "name_en": "Tech Industry",
        "order": 3,
        "description": "Perusahaan teknologi, restrukturisasi, infrastruktur, dan arah industri di Indonesia dan dunia.",
        "colors": ("#1e3a8a", "#7c3aed"),
        "color_words": "biru tua dan ungu",
    },
    {
        "slug": "startup-bisnis",
        "name": "Startup & Bisnis",
        "name_en": "Startups & Business",
        "order": 4,
        "description": "Ekosistem startup, strategi bisnis digital, UMKM, dan cara kerja baru di perusahaan.",
        "colors": ("#c2410c", "#facc15"),
        "color_words": "jingga dan kuning",
    },
    {
        "slug": "kebijakan-regulasi",
        "name": "Kebijakan & Regulasi",
        "name_en": "Policy & Regulation",
        "order": 5,
        "description": "Aturan tentang AI, data pribadi, dan ketenagakerjaan, serta artinya bagi pekerja dan perusahaan.",
        "colors": ("#334155", "#0ea5e9"),
        "color_words": "abu-abu batu dan biru langit",
    },
]

AUTHORS = [
    {
        "slug": "azura-team",
        "name": "Azura Team",
        "is_team": True,
        "job_title": "Tim Redaksi",
        "bio": (
            "Tim redaksi Azura Portal meliput kecerdasan buatan, industri teknologi, dan perubahan dunia kerja "
            "digital bagi profesional Indonesia."
        ),
        "initials": "AZ",
        "color": "#0f766e",
    },
    {
        "slug": "rina-kartikasari",
        "name": "Rina Kartikasari",
        "job_title": "Redaktur Pelaksana",
        "bio": (
            "Rina meliput industri teknologi dan kecerdasan buatan selama lebih dari sepuluh tahun. Ia paling "
            "tertarik pada cara perusahaan menata ulang pekerjaan ketika otomasi masuk ke kantor."
        ),
        "initials": "RK",
        "color": "#7c3aed",
    },
    {
        "slug": "bima-prasetyo",
        "name": "Bima Prasetyo",
        "job_title": "Reporter Karier & Pendidikan",
        "bio": (
            "Bima menulis tentang pelatihan ulang, bootcamp, dan jalur karier digital. Sebelum menjadi "
            "jurnalis, ia bekerja sebagai analis data di sebuah perusahaan logistik di Surabaya."
        ),
        "initials": "BP",
        "color": "#2563eb",
    },
    {
        "slug": "dewi-anggraini",
        "name": "Dewi Anggraini",
        "job_title": "Jurnalis Kebijakan Teknologi",
        "bio": (
            "Dewi mengikuti perkembangan regulasi digital, pelindungan data pribadi, dan kebijakan "
            "ketenagakerjaan. Lulusan ilmu hukum ini senang menerjemahkan pasal menjadi bahasa sehari-hari."
        ),
        "initials": "DA",
        "color": "#db2777",
    },
]

SEED_STORY = "pangkas-14000-posisi-korporat-raksasa-e-commerce-alihkan-taruhan-ke-ai"
JOBS_AT_RISK = "pekerjaan-yang-tergerus-ai-dan-yang-justru-tumbuh"
SKILLS_IN_DEMAND = "enam-skill-teknologi-paling-dicari-perekrut"
RESKILLING_PROGRAMS = "memilih-jalur-reskilling-digital-di-indonesia"
LAYOFF_WAVE = "gelombang-phk-teknologi-mengapa-kali-ini-berbeda"
PROMPT_ENGINEERING = "prompt-engineering-bukan-sekadar-pandai-bertanya"
CLOUD_TALENT = "pusat-data-bermunculan-talenta-cloud-jadi-rebutan"
CODING_ASSISTANTS = "asisten-koding-ai-mengubah-cara-tim-engineering-bekerja"
ANALYST_TO_ENGINEER = "peta-jalan-reskilling-dari-analis-data-ke-data-engineer"
STARTUP_EFFICIENCY = "startup-indonesia-beralih-dari-bakar-uang-ke-efisiensi"
HYBRID_WORK = "kerja-jarak-jauh-setelah-pandemi-hibrida-jadi-jalan-tengah"
AI_REGULATION = "regulasi-ai-ke-mana-arah-indonesia"
AI_AGENTS = "agen-ai-masuk-kantor-dari-chatbot-ke-rekan-kerja-digital"
LAYOFF_RIGHTS = "terkena-phk-hak-pekerja-jkp-dan-30-hari-pertama"
DATA_PROTECTION = "uu-pdp-dan-pekerjaan-sehari-hari-tim-data"
PYTHON_PLAN = "belajar-python-dari-nol-rencana-realistis-12-minggu"
SECURITY_TALENT = "keamanan-siber-karier-dengan-kekurangan-talenta-yang-nyata"
CUSTOMER_SERVICE = "ai-generatif-di-layanan-pelanggan-apa-kabar-agen-cs"
SMALL_BUSINESS = "umkm-dan-ai-alat-sederhana-untuk-pekerjaan-sehari-hari"
HUMAN_SKILLS = "soft-skill-di-era-ai-berpikir-kritis-dan-komunikasi-makin-mahal"
ALGORITHMIC_HIRING = "saat-algoritma-ikut-merekrut-etika-ai-di-tempat-kerja"
DATA_QUALITY = "proyek-ai-tersandung-data-fondasi-yang-sering-dilupakan"
REMOTE_ABROAD = "bekerja-remote-untuk-perusahaan-luar-negeri-peluang-dan-jebakannya"
AI_PRODUCT_MANAGER = "ai-product-manager-peran-baru-di-persimpangan-bisnis-dan-model"

ARTICLES = [
    {
        "slug": SEED_STORY,
        "title": "Pangkas 14.000 Posisi Korporat, Raksasa E-Commerce Alihkan Taruhan ke AI",
        "summary": (
            "Amazon memangkas sekitar 14.000 peran korporat sambil menggenjot investasi kecerdasan buatan. "
            "Inilah bidang karier yang justru tumbuh dan skill yang perlu disiapkan profesional teknologi."
        ),
        "seo_description": (
            "Amazon pangkas sekitar 14.000 posisi korporat demi fokus ke AI. Simak bidang karier yang tumbuh "
            "dan skill teknologi yang paling dibutuhkan."
        ),
        "section": "industri-teknologi",
        "authors": ["azura-team"],
        "tags": ["ai", "phk", "karier", "cloud", "reskilling"],
        "skills": [
            "Python",
            "analisis data",
            "SQL",
            "machine learning",
            "cloud computing",
            "keamanan siber",
            "prompt engineering",
            "berpikir kritis",
            "keterampilan komunikasi",
        ],
        "days_ago": 2,
        "time": (9, 15),
        "featured": True,
        "inline_related_after": 2,
        "related": [JOBS_AT_RISK, SKILLS_IN_DEMAND, RESKILLING_PROGRAMS],
        "body": """
<p>Kabar bahwa Amazon memangkas sekitar 14.000 posisi korporat terdengar seperti pengulangan cerita lama: satu lagi
raksasa teknologi merampingkan kantornya. Bedanya, kali ini pengurangan pegawai berjalan bersamaan dengan belanja
besar-besaran untuk kecerdasan buatan. Dana yang dihemat dari struktur organisasi dialihkan ke sistem yang
diharapkan bekerja lebih cepat dan lebih murah.</p>
<p>Bagi pembaca di Indonesia, keputusan yang diambil di kantor pusat perusahaan itu mungkin terasa jauh. Namun
polanya sudah mulai terlihat di sini: perusahaan digital lokal juga menggabungkan fungsi, menata ulang tim, dan
bertanya pekerjaan mana yang bisa dibantu otomasi. Karena itu, langkah Amazon lebih berguna dibaca sebagai
penunjuk arah pasar kerja teknologi daripada sekadar berita PHK.</p>
<h2>Dari ekspansi ke efisiensi</h2>
<p>Selama pandemi, belanja daring dan kebutuhan layanan cloud melonjak, dan banyak perusahaan teknologi merekrut
secara agresif. Ketika permintaan kembali normal, lapisan manajemen dan tim pendukung yang menggemuk menjadi
sasaran pertama penghematan. Yang membuat gelombang kali ini berbeda adalah alasannya: perusahaan tidak hanya
menekan biaya, tetapi memindahkan sebagian pekerjaan ke perangkat lunak.</p>
<p>AI kini ditanam di hampir setiap lini usaha perusahaan tersebut. Di gudang dan jalur pengiriman, model prediksi
membantu menentukan rute dan stok. Di layanan pelanggan, chatbot generatif menjawab pertanyaan yang dulu
ditangani manusia. Di rantai pasok, <em>machine learning</em> dipakai untuk membaca pola permintaan. Semua itu
membutuhkan lebih sedikit koordinator, tetapi lebih banyak orang yang mampu membangun, mengawasi, dan
mengamankan sistemnya.</p>
<blockquote><p>Restrukturisasi ini tidak hanya mengurangi jumlah kursi; ia mengganti jenis kursi yang
tersedia.</p></blockquote>
<h2>Siapa yang paling terdampak</h2>
<p>Peran yang banyak berisi koordinasi rutin, pelaporan berulang, atau pengolahan data sederhana berada di barisan
depan. Manajer proyek yang sebagian besar tugasnya memantau jadwal, analis data tingkat awal yang waktunya habis
untuk menyusun laporan mingguan, dan staf operasional di bagian administrasi sering disebut sebagai contoh.
Pekerjaan mereka tidak lenyap seketika, tetapi porsinya menyusut ketika dasbor otomatis dan asisten AI mengambil
alih bagian yang repetitif.</p>
<h2>Bidang karier yang justru tumbuh</h2>
<p>Di sisi lain, perusahaan yang berinvestasi besar di AI membutuhkan talenta baru. Beberapa bidang yang
permintaannya meningkat:</p>
<ul>
<li><strong>Machine learning engineer</strong>: merancang, melatih, dan menjalankan model di lingkungan
produksi.</li>
<li><strong>AI product manager</strong>: menerjemahkan kebutuhan bisnis menjadi produk berbasis AI yang berguna
dan aman.</li>
<li><strong>Data engineer</strong>: membangun pipeline yang memastikan data bersih, lengkap, dan tersedia tepat
waktu.</li>
<li><strong>Cloud security engineer</strong>: menjaga infrastruktur cloud dan data pelanggan dari serangan maupun
kebocoran.</li>
<li><strong>LLM application developer dan prompt engineer</strong>: merakit aplikasi di atas model bahasa besar
dan merancang instruksi yang andal.</li>
<li><strong>Spesialis etika dan tata kelola AI</strong>: menilai risiko bias, privasi, dan kepatuhan sebelum
sebuah sistem dilepas ke publik.</li>
</ul>
<h2>Skill yang paling dicari</h2>
<p>Bagi karyawan yang terdampak maupun yang ingin bersiap lebih awal, kemampuan berikut layak masuk rencana
belajar:</p>
<ol>
<li><strong>Python dan analisis data</strong>, ditambah SQL agar bisa mengambil data sendiri.</li>
<li><strong>Dasar-dasar machine learning</strong>: memahami cara model dilatih, dievaluasi, dan bisa
keliru.</li>
<li><strong>Cloud computing</strong>, dari layanan penyimpanan hingga cara menerapkan aplikasi.</li>
<li><strong>Keamanan siber</strong>, terutama pengelolaan akses dan perlindungan data.</li>
<li><strong>Prompt engineering dan perangkat LLM</strong>: menulis instruksi, menguji keluaran, dan merangkai
alat.</li>
<li><strong>Berpikir kritis dan komunikasi</strong>, karena manusia tetap harus menilai hasil mesin dan
menjelaskannya kepada orang lain.</li>
</ol>
<h2>Titik awal, bukan titik akhir</h2>
<p>Angka 14.000 memang besar, dan di baliknya ada orang-orang yang kini harus mencari pekerjaan baru. Namun dalam
gambaran yang lebih luas, restrukturisasi ini memperlihatkan ke mana industri bergerak: prioritas ditata ulang di
sekitar AI, dan pintu terbuka bagi mereka yang mau belajar ulang. Kuncinya bukan berlomba melawan mesin,
melainkan belajar bekerja bersamanya, cepat beradaptasi, dan rajin memperbarui keterampilan.</p>
""",
    },
    {
        "slug": JOBS_AT_RISK,
        "title": "Pekerjaan Mana yang Tergerus AI, dan Mana yang Justru Tumbuh?",
        "summary": (
            "AI jarang menghapus jabatan secara utuh; ia mengambil alih tugas-tugas di dalamnya. "
            "Begini cara membaca risiko pekerjaan Anda dan peran yang sedang naik daun."
        ),
        "seo_description": "Cara menilai risiko otomasi AI pada pekerjaan Anda, daftar peran yang tertekan, dan peran teknologi yang tumbuh.",
        "section": "ai-otomasi",
        "authors": ["rina-kartikasari"],
        "tags": ["ai", "karier", "otomasi", "phk"],
        "skills": [
            "analisis data",
            "machine learning",
            "keamanan siber",
            "prompt engineering",
            "berpikir kritis",
            "keterampilan komunikasi",
        ],
        "days_ago": 9,
        "time": (10, 30),
        "featured": True,
        "related": [SEED_STORY, SKILLS_IN_DEMAND, ANALYST_TO_ENGINEER],
        "body": """
<p>Setiap kali ada berita PHK di perusahaan teknologi, pertanyaan yang sama muncul di grup percakapan kantor:
apakah pekerjaan saya berikutnya? Jawabannya jarang sesederhana "ya" atau "tidak". AI generatif tidak menggantikan
jabatan secara utuh; ia mengambil alih tugas-tugas tertentu di dalam jabatan itu. Semakin besar porsi tugas yang
bisa diotomasi, semakin besar tekanan pada peran tersebut.</p>
<h2>Cara membaca risikonya</h2>
<p>Cara paling praktis untuk menilai risiko adalah memecah pekerjaan menjadi daftar kegiatan harian, lalu menandai
mana yang berulang, mengikuti aturan yang jelas, dan hasilnya mudah diperiksa. Menyalin data antarsistem,
merangkum rapat, atau membuat laporan dari templat kini bisa dikerjakan mesin dalam hitungan detik. Sebaliknya,
kegiatan yang menuntut penilaian, negosiasi, atau tanggung jawab atas keputusan masih sulit dialihkan.</p>
<h2>Peran yang berada di bawah tekanan</h2>
<ul>
<li><strong>Entri dan administrasi data</strong>: formulir dan dokumen kini bisa dibaca secara otomatis.</li>
<li><strong>Layanan pelanggan tingkat pertama</strong>: pertanyaan umum dijawab chatbot, sementara agen manusia
menangani kasus yang rumit.</li>
<li><strong>Analis pelaporan rutin</strong>: dasbor yang diperbarui sendiri mengurangi kebutuhan laporan
manual.</li>
<li><strong>Penulisan konten massal</strong>: deskripsi produk dan teks promosi standar dibuat dalam jumlah besar
oleh model bahasa.</li>
<li><strong>Koordinasi proyek yang administratif</strong>: pengingat tenggat dan rekap status bisa dibuat oleh
perangkat lunak.</li>
</ul>
<h2>Peran yang tumbuh</h2>
<p>Pada saat yang sama, otomasi menciptakan pekerjaan untuk membangun dan merawat sistemnya. Data engineer
dibutuhkan karena model hanya sebaik data yang diberikan kepadanya. Machine learning engineer diperlukan untuk
membawa model dari eksperimen ke produksi. Spesialis keamanan siber makin dicari karena setiap sistem baru
membuka celah baru. Ada pula peran hibrida, misalnya analis bisnis yang fasih memakai AI atau perekrut yang
paham cara menilai hasil penyaringan otomatis.</p>
<blockquote><p>Yang hilang biasanya tugas, bukan manusia. Tetapi orang yang tidak pernah mengganti tugasnya bisa ikut
tersingkir.</p></blockquote>
<h2>Yang bisa dilakukan sekarang</h2>
<ol>
<li>Catat tugas mingguan Anda dan tandai yang bisa dibantu AI. Cobalah alatnya sendiri sebelum orang lain
mencobanya untuk Anda.</li>
<li>Pindahkan waktu yang dihemat ke pekerjaan bernilai lebih tinggi: analisis, hubungan dengan klien, atau
perbaikan proses.</li>
<li>Pelajari satu keterampilan teknis yang berdekatan dengan peran Anda, misalnya analisis data untuk staf
operasional atau prompt engineering untuk penulis.</li>
<li>Asah kemampuan berpikir kritis dan komunikasi. Hasil mesin tetap perlu diperiksa, dan keputusan tetap perlu
dijelaskan kepada orang lain.</li>
</ol>
<h2>Jangan lupakan konteks lokal</h2>
<p>Kecepatan otomasi di Indonesia tidak akan sama di semua sektor. Perusahaan teknologi, perbankan, dan
telekomunikasi cenderung bergerak lebih dulu, sedangkan banyak sektor lain masih bergantung pada proses manual.
Artinya, ada waktu untuk bersiap, tetapi bukan alasan untuk menunda.</p>
<p>Peta pekerjaan akan terus bergeser dalam beberapa tahun ke depan. Profesional yang rutin memeriksa komposisi
tugasnya dan berani mempelajari hal baru akan punya lebih banyak pilihan ketika perubahan itu tiba di
mejanya.</p>
""",
    },
    {
        "slug": SKILLS_IN_DEMAND,
        "title": "Enam Skill Teknologi yang Paling Dicari Perekrut Saat Ini",
        "summary": (
            "Dari Python dan analisis data hingga keamanan siber dan komunikasi: enam kemampuan yang berulang kali "
            "muncul di lowongan kerja teknologi, dan cara mulai mempelajarinya."
        ),
        "seo_description": "Enam skill teknologi yang paling dicari perekrut: Python, machine learning, cloud, keamanan siber, prompt engineering, komunikasi.",
        "section": "karier-skill",
        "authors": ["bima-prasetyo"],
        "tags": ["karier", "skill", "data", "cloud", "ai"],
        "skills": [
            "Python",
            "SQL",
            "analisis data",
            "machine learning",
            "cloud computing",
            "keamanan siber",
            "prompt engineering",
            "berpikir kritis",
            "keterampilan komunikasi",
        ],
        "days_ago": 15,
        "time": (8, 0),
        "featured": True,
        "related": [RESKILLING_PROGRAMS, ANALYST_TO_ENGINEER, SEED_STORY],
        "body": """
<p>Membuka portal lowongan kerja hari ini bisa terasa membingungkan. Daftar persyaratan makin panjang, singkatan
makin banyak, dan hampir setiap iklan menyebut AI. Namun jika diperhatikan lebih teliti, ada beberapa kemampuan
yang muncul berulang kali di berbagai posisi, dari startup kecil hingga perusahaan multinasional. Berikut enam di
antaranya, beserta alasan perekrut memburunya.</p>
<h2>1. Python dan analisis data</h2>
<p>Python tetap menjadi bahasa serbaguna untuk mengolah data, membuat otomasi sederhana, hingga membangun model.
Dipadukan dengan SQL, kemampuan ini membuat seseorang bisa menjawab pertanyaan bisnis tanpa menunggu tim lain.
Perekrut menyukai kandidat yang bisa menunjukkan contoh nyata: notebook analisis, skrip pembersih data, atau
dasbor yang benar-benar dipakai orang lain.</p>
<h2>2. Dasar machine learning</h2>
<p>Tidak semua orang perlu menjadi peneliti AI. Tetapi memahami cara kerja machine learning, mulai dari data latih,
evaluasi, overfitting, hingga bias, membuat Anda mampu bekerja sama dengan tim data dan menilai klaim vendor
secara kritis.</p>
<h2>3. Cloud computing</h2>
<p>Sebagian besar aplikasi baru berjalan di cloud. Pengetahuan tentang layanan komputasi, penyimpanan, jaringan,
dan pengelolaan biaya dibutuhkan oleh developer, engineer infrastruktur, bahkan manajer produk. Sertifikasi
tingkat dasar dari penyedia cloud sering menjadi pintu masuk yang diakui.</p>
<h2>4. Keamanan siber</h2>
<p>Serangan ransomware dan kebocoran data menjadikan keamanan siber urusan semua tim, bukan hanya divisi TI.
Pemahaman tentang pengelolaan akses, enkripsi, dan praktik pengembangan yang aman memberi nilai tambah pada
hampir semua peran teknis.</p>
<h2>5. Prompt engineering dan perangkat LLM</h2>
<p>Kemampuan memberi instruksi yang jelas kepada model bahasa, menguji hasilnya, dan menghubungkannya dengan data
internal kini dicari di luar tim engineering. Tim pemasaran, hukum, dan layanan pelanggan pun membutuhkan orang
yang bisa memanfaatkan alat ini dengan aman.</p>
<h2>6. Berpikir kritis dan komunikasi</h2>
<p>Ironisnya, makin banyak pekerjaan yang dibantu mesin, makin mahal kemampuan manusia untuk bertanya "apakah hasil
ini masuk akal?" lalu menjelaskan jawabannya kepada pemangku kepentingan. Perekrut sering mengujinya lewat studi
kasus dan presentasi.</p>
<blockquote><p>Daftar skill yang panjang tidak perlu dikejar sekaligus. Pilih satu yang paling dekat dengan pekerjaan
Anda sekarang, lalu bangun dari sana.</p></blockquote>
<h2>Cara memulai tanpa kewalahan</h2>
<ul>
<li>Tentukan satu peran sasaran, lalu bandingkan persyaratannya dengan kemampuan Anda saat ini.</li>
<li>Sisihkan waktu belajar rutin, misalnya lima jam per minggu, daripada belajar maraton sesekali.</li>
<li>Kerjakan proyek kecil yang bisa dipamerkan, karena portofolio berbicara lebih lantang daripada
sertifikat.</li>
<li>Manfaatkan kelas gratis atau bersubsidi sebelum membayar bootcamp yang mahal.</li>
</ul>
<p>Dengan fokus yang tepat, enam kemampuan ini bukan daftar yang menakutkan, melainkan peta yang bisa ditempuh
selangkah demi selangkah.</p>
""",
    },
    {
        "slug": RESKILLING_PROGRAMS,
        "title": "Digital Talent Scholarship, Dicoding, Prakerja: Memilih Jalur Reskilling yang Pas",
        "summary": (
            "Program pemerintah, platform belajar lokal, atau bootcamp? Panduan singkat memilih pelatihan digital "
            "sesuai tujuan, waktu, dan anggaran Anda."
        ),
        "seo_description": "Membandingkan jalur reskilling digital di Indonesia: Digital Talent Scholarship, Dicoding, Kartu Prakerja, dan bootcamp.",
        "section": "karier-skill",
        "authors": ["bima-prasetyo", "azura-team"],
        "tags": ["reskilling", "karier", "skill", "pemula"],
        "skills": ["Python", "cloud computing", "analisis data", "machine learning", "keamanan siber"],
        "days_ago": 6,
        "time": (13, 0),
        "related": [SKILLS_IN_DEMAND, ANALYST_TO_ENGINEER],
        "body": """
<p>Keinginan untuk belajar ulang sering terbentur pertanyaan praktis: mulai dari mana, berapa biayanya, dan apakah
sertifikatnya diakui? Kabar baiknya, Indonesia memiliki cukup banyak pilihan pelatihan digital, dari program
pemerintah hingga platform swasta. Masing-masing punya karakter yang berbeda, sehingga cocok untuk kebutuhan
yang berbeda pula.</p>
<h2>Program beasiswa pemerintah</h2>
<p><a href="https://digitalent.komdigi.go.id">Digital Talent Scholarship</a> adalah program pelatihan dari
kementerian yang membidangi urusan digital. Program ini menawarkan beberapa akademi dengan tema seperti cloud
computing, analisis data, keamanan siber, dan kecerdasan artifisial, sering kali bekerja sama dengan perusahaan
teknologi dan perguruan tinggi. Pesertanya beragam, dari lulusan baru dan karyawan hingga aparatur negara. Karena
kuotanya terbatas, pendaftar biasanya perlu lolos seleksi dan memperhatikan jadwal pembukaan.</p>
<h2>Platform belajar daring</h2>
<p><a href="https://www.dicoding.com">Dicoding</a> dikenal sebagai platform belajar pemrograman buatan Indonesia
yang materinya tersusun dalam alur belajar, misalnya pengembangan web, aplikasi Android, machine learning, atau
cloud. Kekuatannya ada pada kurikulum bertahap dan tugas akhir yang diperiksa reviewer. Sebagian kelas dasarnya
bisa diakses gratis, sementara kelas lanjutan umumnya berbayar atau tersedia lewat program beasiswa dan
kemitraan.</p>
<h2>Kartu Prakerja</h2>
<p><a href="https://www.prakerja.go.id">Program Kartu Prakerja</a> membantu biaya pelatihan bagi pencari kerja,
pekerja yang ingin meningkatkan keterampilan, maupun mereka yang terkena PHK. Peserta memilih pelatihan dari
lembaga mitra, sehingga kualitasnya bisa berbeda-beda. Sarannya: baca silabus, cek ulasan peserta lain, dan
utamakan kelas yang memiliki proyek praktik, bukan sekadar rangkaian video.</p>
<h2>Bootcamp dan kursus berbayar</h2>
<p>Bootcamp intensif menjanjikan perubahan karier dalam hitungan bulan. Pilihan ini cocok bagi mereka yang bisa
meluangkan waktu penuh dan membutuhkan struktur yang ketat. Biayanya tidak kecil, jadi periksa dengan teliti
rekam jejak alumninya, skema pembayarannya, dan apa yang terjadi bila Anda tidak menyelesaikan program.</p>
<blockquote><p>Pelatihan terbaik bukan yang sertifikatnya paling mentereng, melainkan yang membuat Anda benar-benar
mengerjakan sesuatu.</p></blockquote>
<h2>Daftar periksa sebelum mendaftar</h2>
<ol>
<li><strong>Tujuan</strong>: peran apa yang ingin Anda capai dalam enam sampai dua belas bulan?</li>
<li><strong>Waktu</strong>: berapa jam per minggu yang realistis sambil tetap bekerja?</li>
<li><strong>Praktik</strong>: adakah proyek, tugas yang dinilai, atau studi kasus?</li>
<li><strong>Komunitas</strong>: adakah forum, mentor, atau kelompok belajar?</li>
<li><strong>Pengakuan</strong>: apakah sertifikat atau portofolionya dikenal oleh perekrut di bidang yang Anda
tuju?</li>
</ol>
<p>Menggabungkan beberapa jalur juga sah. Banyak orang memulai dari kelas gratis untuk memastikan minatnya, lalu
melanjutkan ke program beasiswa atau kursus berbayar setelah yakin. Yang terpenting adalah konsistensi, sebab
keterampilan seperti Python atau analisis data baru terasa manfaatnya setelah dipakai berulang kali dalam
pekerjaan nyata.</p>
""",
    },
    {
        "slug": LAYOFF_WAVE,
        "title": "Gelombang PHK Teknologi: Mengapa Kali Ini Berbeda",
        "summary": (
            "Dulu alasannya koreksi setelah rekrutmen berlebihan di masa pandemi. Kini perusahaan memangkas satu jenis "
            "pekerjaan sambil merekrut jenis lain, dan AI ada di tengahnya."
        ),
        "seo_description": "Mengapa gelombang PHK di perusahaan teknologi kali ini berbeda, dan apa artinya bagi pekerja di Indonesia.",
        "section": "industri-teknologi",
        "authors": ["rina-kartikasari"],
        "tags": ["phk", "industri", "ai", "startup"],
        "skills": ["analisis data", "machine learning"],
        "days_ago": 12,
        "time": (11, 45),
        "related": [SEED_STORY, STARTUP_EFFICIENCY],
        "body": """
<p>Pemutusan hubungan kerja di sektor teknologi bukan hal baru. Sejak akhir 2022, perusahaan besar maupun startup
silih berganti mengumumkan pengurangan karyawan. Namun jika diamati, alasan yang disampaikan perlahan bergeser.
Dulu yang disebut adalah koreksi setelah perekrutan berlebihan di masa pandemi. Kini makin sering terdengar
alasan lain: efisiensi berbasis AI.</p>
<h2>Tiga fase yang berbeda</h2>
<p>Fase pertama didorong kondisi makro. Suku bunga naik, pendanaan mengering, dan perusahaan yang tumbuh terlalu
cepat harus mengencangkan ikat pinggang. Fase kedua adalah konsolidasi: tim digabung, produk yang tidak
menguntungkan ditutup, dan lapisan manajemen dipangkas. Fase yang sedang berlangsung punya warna baru, yaitu
perusahaan memangkas satu jenis pekerjaan sambil merekrut jenis lain, terutama yang berkaitan dengan data dan
AI.</p>
<blockquote><p>Perusahaan yang sama bisa mengumumkan PHK dan membuka lowongan baru pada minggu yang sama. Itu bukan
kontradiksi, melainkan tanda pergeseran kebutuhan.</p></blockquote>
<h2>Apa artinya bagi pekerja</h2>
<p>Pergeseran ini membuat pengalaman kerja saja tidak lagi cukup. Seorang manajer dengan sepuluh tahun pengalaman
bisa kesulitan mencari posisi setara jika pekerjaannya selama ini berpusat pada koordinasi yang kini dibantu
perangkat lunak. Sebaliknya, lulusan baru yang menguasai analisis data dan terbiasa memakai model bahasa secara
produktif bisa lebih cepat mendapat tawaran.</p>
<p>Kondisi ini juga mengubah cara perusahaan menilai karyawan yang bertahan. Mereka diharapkan menghasilkan lebih
banyak dengan bantuan alat baru. Beban kerja bisa naik, setidaknya di masa transisi, dan tidak semua perusahaan
menyediakan pelatihan yang memadai untuk itu.</p>
<h2>Indonesia tidak kebal</h2>
<p>Di dalam negeri, perusahaan rintisan yang pernah melesat berkat pendanaan ventura juga melakukan restrukturisasi
berulang kali. Fokusnya kini pada profitabilitas. Perusahaan yang mulai mengadopsi AI untuk layanan pelanggan,
pemasaran, atau analitik cenderung meninjau ulang komposisi timnya. Dampaknya mungkin belum sebesar di pasar
global, tetapi arahnya serupa.</p>
<h2>Menyikapi dengan kepala dingin</h2>
<ul>
<li>Pantau strategi perusahaan tempat Anda bekerja: fungsi apa yang sedang didanai, dan fungsi apa yang
dipangkas?</li>
<li>Bangun jaringan profesional sebelum Anda membutuhkannya, bukan setelah surat PHK datang.</li>
<li>Siapkan dana darurat, lalu perbarui CV dan portofolio secara berkala.</li>
<li>Pilih satu keterampilan yang sedang tumbuh di industri Anda dan mulailah mempelajarinya minggu ini.</li>
</ul>
<p>PHK selalu menyakitkan bagi yang mengalaminya. Namun memahami pola di baliknya membantu kita mengambil keputusan
dengan lebih tenang, entah itu mempelajari keterampilan baru, berpindah bidang, atau bernegosiasi untuk peran
yang lebih strategis di tempat kerja sekarang.</p>
""",
    },
    {
        "slug": PROMPT_ENGINEERING,
        "title": "Prompt Engineering: Bukan Sekadar Pandai Bertanya ke Chatbot",
        "summary": (
            "Ketika model bahasa besar dipakai di dalam produk, instruksi yang diberikan menentukan hasilnya. "
            "Inilah teknik, keterampilan, dan latihan awal untuk menguasai prompt engineering."
        ),
        "seo_description": "Apa itu prompt engineering, teknik yang dipakai di produk berbasis LLM, dan cara melatih keterampilannya.",
        "section": "ai-otomasi",
        "authors": ["azura-team", "bima-prasetyo"],
        "tags": ["ai", "llm", "prompt engineering", "skill"],
        "skills": ["prompt engineering", "Python", "berpikir kritis"],
        "days_ago": 4,
        "time": (14, 20),
        "related": [CODING_ASSISTANTS, SKILLS_IN_DEMAND],
        "body": """
<p>Istilah <em>prompt engineering</em> sering ditanggapi dengan senyum sinis: bukankah itu hanya menulis
pertanyaan ke chatbot? Kenyataannya lebih rumit. Ketika model bahasa besar (LLM) dipakai di dalam produk, misalnya
untuk merangkum tiket pelanggan atau menjawab pertanyaan karyawan tentang kebijakan internal, instruksi yang
diberikan menentukan apakah sistem itu berguna, membingungkan, atau bahkan berbahaya.</p>
<h2>Dari obrolan ke sistem</h2>
<p>Dalam penggunaan pribadi, kesalahan model mudah dikoreksi dengan bertanya ulang. Dalam sistem yang melayani
ribuan pengguna, kesalahan kecil berlipat ganda. Karena itu, prompt diperlakukan seperti kode: ditulis dengan
struktur yang jelas, diberi contoh, diuji dengan berbagai masukan, dan diberi versi agar setiap perubahan bisa
dilacak.</p>
<h2>Teknik yang sering dipakai</h2>
<ul>
<li><strong>Peran dan konteks</strong>: menjelaskan kepada model siapa penggunanya dan apa batas
tugasnya.</li>
<li><strong>Contoh</strong>: memberi beberapa pasangan masukan dan keluaran yang diharapkan.</li>
<li><strong>Format keluaran</strong>: meminta jawaban dalam struktur tertentu, misalnya JSON, agar mudah diproses
program.</li>
<li><strong>Retrieval</strong>: menyisipkan potongan dokumen yang relevan agar jawaban berpijak pada data, bukan
karangan.</li>
<li><strong>Pemeriksaan berlapis</strong>: meminta model, atau program lain, memeriksa jawaban sebelum
ditampilkan.</li>
</ul>
<blockquote><p>Prompt yang baik ditulis dengan empati kepada pengguna dan kecurigaan yang sehat terhadap
mesin.</p></blockquote>
<h2>Keterampilan di balik layar</h2>
<p>Prompt engineer yang efektif jarang hanya mengandalkan kepandaian merangkai kata. Mereka biasanya menguasai
Python untuk mengotomasi pengujian, memahami cara kerja tokenisasi dan batas konteks model, serta mampu membaca
metrik evaluasi. Mereka juga perlu berpikir kritis: mengenali kapan model mengarang fakta, kapan jawabannya bias,
dan kapan sebuah tugas sebaiknya tidak diserahkan ke AI sama sekali.</p>
<p>Keamanan juga menjadi bagian dari pekerjaan ini. Pengguna yang iseng, atau berniat jahat, bisa mencoba
membujuk model agar mengabaikan instruksinya dan membocorkan informasi internal. Prompt yang dirancang dengan baik
perlu dilengkapi pembatasan akses data dan pengujian terhadap serangan semacam itu.</p>
<h2>Apakah ini pekerjaan jangka panjang?</h2>
<p>Sebagian pengamat memperkirakan jabatan "prompt engineer" akan melebur ke peran lain seiring model yang makin
pandai memahami instruksi. Perkiraan itu masuk akal. Namun keterampilannya tidak akan hilang; ia akan menjadi
bagian dari pekerjaan developer aplikasi LLM, product manager, penulis teknis, hingga analis, mirip kemampuan
mengolah spreadsheet yang dulu dianggap keahlian khusus dan kini menjadi bekal dasar di banyak kantor.</p>
<h2>Latihan untuk memulai</h2>
<ol>
<li>Pilih satu tugas berulang di pekerjaan Anda, misalnya merangkum notulen rapat.</li>
<li>Tulis prompt pertama, lalu kumpulkan sepuluh contoh masukan yang berbeda-beda.</li>
<li>Nilai hasilnya dengan kriteria yang jelas: akurat, lengkap, dan sesuai format.</li>
<li>Perbaiki prompt satu per satu dan catat perubahan yang benar-benar meningkatkan hasil.</li>
</ol>
<p>Latihan sederhana ini mengajarkan inti prompt engineering: bereksperimen secara sistematis, bukan
menebak-nebak.</p>
""",
    },
    {
        "slug": CLOUD_TALENT,
        "title": "Pusat Data Bermunculan, Talenta Cloud Jadi Rebutan",
        "summary": (
            "Penyedia cloud global dan lokal memperluas pusat data di Indonesia. Di balik gedung berpendingin itu, "
            "kebutuhan akan engineer cloud dan keamanan terus bertambah."
        ),
        "seo_description": "Pusat data cloud bertambah di Indonesia. Peran yang paling dicari dan jalur masuk karier cloud bagi pemula.",
        "section": "industri-teknologi",
        "authors": ["rina-kartikasari"],
        "tags": ["cloud", "industri", "karier", "keamanan siber"],
        "skills": ["cloud computing", "keamanan siber", "Linux"],
        "days_ago": 19,
        "time": (9, 0),
        "related": [SKILLS_IN_DEMAND, RESKILLING_PROGRAMS],
        "body": """
<p>Dalam beberapa tahun terakhir, sejumlah penyedia layanan cloud global membuka region pusat data di Indonesia,
menyusul operator lokal yang sudah lebih dulu hadir. Infrastruktur di dalam negeri membuat latensi lebih rendah
dan memudahkan perusahaan yang wajib menyimpan data tertentu di Indonesia. Namun di balik gedung berpendingin
itu, ada kebutuhan yang tak kalah penting: orang-orang yang mampu merancang, menjalankan, dan
mengamankannya.</p>
<h2>Permintaan yang bergeser</h2>
<p>Ketika bank, perusahaan asuransi, hingga instansi pemerintah memindahkan sistemnya ke cloud, mereka memerlukan
talenta yang memahami migrasi, arsitektur, dan pengelolaan biaya. Kebutuhan itu bertambah dengan hadirnya AI,
karena pelatihan dan penyajian model menuntut sumber daya komputasi yang besar dan pengaturan yang cermat.</p>
<h2>Peran yang paling dicari</h2>
<ul>
<li><strong>Cloud engineer</strong>: membangun dan merawat infrastruktur, sering dengan pendekatan
<em>infrastructure as code</em>.</li>
<li><strong>Site reliability engineer</strong>: memastikan layanan tetap hidup, cepat, dan segera pulih saat
terjadi gangguan.</li>
<li><strong>Cloud security engineer</strong>: mengatur identitas dan akses, enkripsi, serta pemantauan
ancaman.</li>
<li><strong>FinOps analyst</strong>: membantu perusahaan memahami dan menekan tagihan cloud yang kerap membengkak
tanpa disadari.</li>
<li><strong>Teknisi pusat data</strong>: menangani perangkat keras, daya listrik, dan pendinginan di lokasi
fisik.</li>
</ul>
<blockquote><p>Server bisa disewa per jam, tetapi orang yang paham cara memakainya dengan aman dan hemat tidak bisa
disewa secepat itu.</p></blockquote>
<h2>Jalur masuk bagi pemula</h2>
<p>Karier di bidang cloud computing relatif terbuka bagi mereka yang datang dari latar belakang lain, misalnya
administrator sistem, teknisi jaringan, atau developer. Fondasinya antara lain pemahaman Linux, jaringan
komputer, dan konsep keamanan dasar. Setelah itu, sertifikasi tingkat pemula dari penyedia cloud bisa menjadi
bukti awal, asalkan dibarengi praktik langsung.</p>
<p>Beberapa cara praktis untuk berlatih:</p>
<ol>
<li>Gunakan akun tingkat gratis dari penyedia cloud dan pasang batas anggaran agar tidak kebobolan tagihan.</li>
<li>Terapkan aplikasi web sederhana lengkap dengan basis data, domain, dan sertifikat HTTPS.</li>
<li>Tulis ulang infrastruktur tersebut sebagai kode, lalu hancurkan dan bangun kembali.</li>
<li>Dokumentasikan prosesnya di blog atau repositori sebagai bahan portofolio.</li>
</ol>
<p>Jangan lupakan keamanan. Banyak insiden kebocoran data di cloud berawal dari kesalahan konfigurasi sederhana,
seperti wadah penyimpanan yang terbuka untuk publik atau kunci akses yang tertinggal di repositori kode. Karena
itu, pemahaman dasar keamanan siber menjadi bekal wajib bagi siapa pun yang bekerja dengan cloud.</p>
<h2>Tantangan ke depan</h2>
<p>Kekurangan talenta cloud bukan hanya soal jumlah, tetapi juga pemerataan. Sebagian besar kesempatan masih
terpusat di kota besar. Kerja jarak jauh membantu, tetapi pekerjaan di pusat data tetap menuntut kehadiran
fisik. Program pelatihan yang menjangkau daerah, serta kerja sama antara industri dan kampus, akan menentukan
apakah investasi infrastruktur ini juga menjadi investasi bagi talenta lokal.</p>
""",
    },
    {
        "slug": CODING_ASSISTANTS,
        "title": "Asisten Koding AI Mengubah Cara Tim Engineering Bekerja",
        "summary": (
            "Asisten koding berbasis AI mempercepat pekerjaan rutin developer, tetapi juga menggeser apa yang dianggap "
            "sebagai keterampilan engineering yang bernilai."
        ),
        "seo_description": "Dampak asisten koding AI bagi developer: apa yang berubah, risiko bagi junior, dan praktik baik untuk tim engineering.",
        "section": "ai-otomasi",
        "authors": ["azura-team"],
        "tags": ["ai", "produktivitas", "karier", "otomasi"],
        "skills": ["Python", "SQL", "keamanan siber", "berpikir kritis", "keterampilan komunikasi"],
        "days_ago": 21,
        "time": (15, 30),
        "related": [PROMPT_ENGINEERING, JOBS_AT_RISK],
        "body": """
<p>Beberapa tahun lalu, fitur pelengkap kode hanya menebak nama variabel berikutnya. Kini asisten koding berbasis
AI bisa menulis fungsi lengkap, membuat pengujian, menjelaskan kode warisan, bahkan mengusulkan perbaikan bug. Di
banyak tim engineering, termasuk di Indonesia, alat seperti ini sudah menjadi bagian dari rutinitas harian.</p>
<h2>Yang berubah di meja developer</h2>
<p>Pekerjaan yang paling terbantu adalah tugas-tugas berulang: membuat kerangka kode, menulis kueri SQL yang
panjang, menyusun dokumentasi, dan menerjemahkan kode dari satu bahasa ke bahasa lain. Waktu yang dihemat bisa
dipakai untuk memahami kebutuhan pengguna dan merancang sistem dengan lebih matang.</p>
<p>Namun kecepatan itu ada harganya. Kode buatan mesin tetap bisa keliru, memakai pustaka yang sudah usang, atau
membuka celah keamanan. Karena itu, kemampuan membaca dan meninjau kode justru makin penting.</p>
<blockquote><p>Menulis kode menjadi lebih murah. Memahami kode, dan bertanggung jawab atasnya,
tidak.</p></blockquote>
<h2>Dampak bagi developer junior</h2>
<p>Pertanyaan yang paling sering muncul: apakah perusahaan masih perlu merekrut developer junior? Beberapa
perusahaan memang mengurangi posisi tingkat awal dengan asumsi developer senior yang dibantu AI bisa bekerja lebih
cepat. Strategi ini berisiko. Tanpa junior hari ini, tidak akan ada senior beberapa tahun lagi.</p>
<p>Bagi developer pemula, pesannya jelas: gunakan AI untuk belajar, bukan untuk melompati proses belajar. Mintalah
penjelasan atas kode yang dihasilkan, tulis ulang dengan tangan sendiri, dan pahami mengapa solusi itu
bekerja.</p>
<p>Bagi developer senior dan pemimpin tim, peran membimbing juga ikut berubah. Code review kini bukan hanya
memeriksa hasil kerja rekan, tetapi juga mengajarkan cara menilai saran mesin: kapan menerimanya, kapan
memperbaikinya, dan kapan membuangnya.</p>
<h2>Praktik baik untuk tim</h2>
<ul>
<li>Tetapkan aturan tentang kode dan data apa yang boleh dikirim ke layanan AI eksternal.</li>
<li>Wajibkan review manusia dan pengujian otomatis untuk setiap perubahan, siapa pun atau apa pun
penulisnya.</li>
<li>Gunakan pemindai keamanan untuk mendeteksi dependensi rentan dan kredensial yang tak sengaja tertulis di
kode.</li>
<li>Ukur dampaknya dengan jujur: apakah jumlah bug turun, atau hanya jumlah baris kode yang naik?</li>
</ul>
<h2>Keterampilan yang naik nilainya</h2>
<p>Ketika menulis kode makin otomatis, nilai seorang developer bergeser ke hal-hal yang sulit diotomasi:
merancang arsitektur, memahami domain bisnis, berkomunikasi dengan tim produk, dan menjaga keamanan siber
aplikasi. Pemahaman dasar tentang struktur data, basis data, dan jaringan tetap relevan, sebab tanpanya seseorang
tidak bisa menilai apakah saran AI layak diterima.</p>
<p>Asisten koding AI bukan pengganti developer, tetapi ia mengubah definisi developer yang baik. Mereka yang mampu
memadukan kecepatan mesin dengan penilaian manusia akan menjadi yang paling dicari.</p>
""",
    },
    {
        "slug": ANALYST_TO_ENGINEER,
        "title": "Peta Jalan Reskilling: Dari Analis Data ke Data Engineer",
        "summary": (
            "Analis pelaporan rutin termasuk yang paling merasakan dampak otomasi, tetapi juga punya modal kuat untuk "
            "pindah ke data engineering. Ini rencana belajarnya selama enam bulan."
        ),
        "seo_description": "Rencana reskilling enam bulan dari analis data ke data engineer: SQL, Python, pemodelan data, pipeline, dan cloud.",
        "section": "karier-skill",
        "authors": ["bima-prasetyo"],
        "tags": ["reskilling", "data", "karier", "cloud"],
        "skills": ["SQL", "Python", "analisis data", "cloud computing", "data engineering"],
        "days_ago": 10,
        "time": (8, 30),
        "inline_related_after": 2,
        "related": [SKILLS_IN_DEMAND, RESKILLING_PROGRAMS, JOBS_AT_RISK],
        "body": """
<p>Analis data yang menghabiskan sebagian besar waktunya untuk menyusun laporan rutin termasuk kelompok yang paling
merasakan dampak otomasi. Dasbor yang memperbarui diri dan asisten AI yang bisa menulis kueri membuat pekerjaan
semacam itu menyusut. Namun analis juga memiliki modal berharga untuk pindah ke peran yang sedang tumbuh: data
engineer.</p>
<p>Keduanya sama-sama bekerja dengan data, tetapi fokusnya berbeda. Analis menjawab pertanyaan dari data yang
tersedia. Data engineer memastikan data itu tersedia sejak awal: dikumpulkan, dibersihkan, disimpan, dan
dialirkan dengan andal.</p>
<h2>Modal yang sudah dimiliki</h2>
<ul>
<li><strong>SQL</strong>: kebanyakan analis sudah fasih menulis kueri, dan ini fondasi utama data
engineering.</li>
<li><strong>Pemahaman bisnis</strong>: analis tahu data mana yang penting dan bagaimana data itu dipakai.</li>
<li><strong>Kepekaan terhadap kualitas data</strong>: siapa pun yang pernah menemukan angka ganjil di laporan
tahu betapa mahalnya data yang kotor.</li>
</ul>
<h2>Yang perlu dipelajari</h2>
<ol>
<li><strong>Python untuk pengolahan data</strong>: menulis skrip yang rapi, teruji, dan bisa dijalankan ulang,
bukan hanya notebook eksploratif.</li>
<li><strong>Pemodelan data</strong>: memahami skema bintang, normalisasi, dan cara merancang tabel untuk
analitik.</li>
<li><strong>Pipeline dan orkestrasi</strong>: konsep ETL dan ELT, penjadwalan, serta penanganan
kegagalan.</li>
<li><strong>Cloud computing</strong>: layanan penyimpanan objek, gudang data, dan komputasi terkelola.</li>
<li><strong>Dasar rekayasa perangkat lunak</strong>: Git, pengujian, dan code review.</li>
</ol>
<blockquote><p>Transisi paling mulus terjadi ketika seorang analis mulai membangun pipeline untuk laporannya sendiri,
jauh sebelum jabatannya berganti.</p></blockquote>
<h2>Rencana enam bulan</h2>
<p>Dengan waktu belajar sekitar lima hingga delapan jam per minggu, rencana berikut bisa menjadi pegangan:</p>
<ul>
<li><strong>Bulan 1–2</strong>: perkuat Python, terutama pengolahan data dan penulisan fungsi yang bisa diuji.
Pelajari Git.</li>
<li><strong>Bulan 3</strong>: dalami pemodelan data dan SQL lanjutan, seperti window function dan optimasi
kueri.</li>
<li><strong>Bulan 4</strong>: bangun pipeline sederhana yang mengambil data dari API publik, membersihkannya, lalu
memuatnya ke basis data.</li>
<li><strong>Bulan 5</strong>: pindahkan pipeline itu ke cloud dan jadwalkan agar berjalan otomatis.</li>
<li><strong>Bulan 6</strong>: tambahkan pemeriksaan kualitas data dan dokumentasi, lalu tampilkan sebagai proyek
portofolio.</li>
</ul>
<p>Jangan khawatir jika kemajuan terasa lambat. Rencana ini bisa diregangkan menjadi sembilan bulan bila pekerjaan
sedang padat. Yang penting, setiap bulan menghasilkan sesuatu yang bisa ditunjukkan, sekecil apa pun itu.</p>
<h2>Bicarakan dengan atasan</h2>
<p>Banyak perpindahan peran terjadi secara internal. Sampaikan minat Anda kepada atasan atau tim data engineering
di kantor, tawarkan bantuan untuk proyek kecil, dan tunjukkan hasil belajar Anda. Perusahaan sering lebih memilih
melatih orang dalam yang sudah memahami datanya daripada merekrut dari luar. Jika peluang itu tidak tersedia,
portofolio yang sudah Anda bangun menjadi bekal kuat untuk melamar ke tempat lain.</p>
""",
    },
    {
        "slug": STARTUP_EFFICIENCY,
        "title": "Startup Indonesia Beralih dari Bakar Uang ke Efisiensi",
        "summary": (
            "Investor kini menanyakan kapan perusahaan untung, bukan seberapa cepat ia tumbuh. Startup merespons "
            "dengan tim yang lebih ramping, AI, dan profil talenta yang berbeda."
        ),
        "seo_description": "Startup Indonesia beralih dari strategi bakar uang ke efisiensi dan AI. Apa artinya bagi talenta dan pencari kerja.",
        "section": "startup-bisnis",
        "authors": ["rina-kartikasari"],
        "tags": ["startup", "bisnis", "phk", "ai"],
        "skills": ["analisis data"],
        "days_ago": 23,
        "time": (10, 0),
        "related": [LAYOFF_WAVE, SEED_STORY],
        "body": """
<p>Ada masa ketika keberhasilan startup diukur dari seberapa cepat jumlah penggunanya bertambah, berapa pun
biayanya. Promo besar-besaran, ekspansi ke banyak kota sekaligus, dan rekrutmen agresif menjadi pemandangan biasa.
Masa itu sudah lewat. Investor kini bertanya tentang satu hal yang dulu sering dikesampingkan: kapan perusahaan
ini untung?</p>
<h2>Pendanaan yang lebih selektif</h2>
<p>Setelah era suku bunga rendah berakhir, modal ventura tidak lagi mengalir semudah dulu. Putaran pendanaan
menjadi lebih kecil dan lebih lama, sementara investor meminta bukti unit ekonomi yang sehat. Banyak startup
merespons dengan memangkas biaya, menutup lini bisnis yang merugi, dan mengurangi jumlah karyawan.</p>
<h2>AI sebagai alat efisiensi</h2>
<p>Dalam situasi ini, AI dipandang sebagai cara melakukan lebih banyak hal dengan tim yang lebih ramping. Beberapa
contoh penerapan yang umum:</p>
<ul>
<li>Chatbot untuk menjawab pertanyaan pelanggan yang berulang.</li>
<li>Model rekomendasi untuk mendorong penjualan tanpa menambah anggaran promosi.</li>
<li>Deteksi penipuan otomatis di layanan keuangan digital.</li>
<li>Asisten penulisan untuk tim pemasaran dan konten.</li>
</ul>
<p>Penerapan ini tidak selalu murah di awal. Biaya komputasi, lisensi, dan talenta untuk membangun sistem AI bisa
besar. Startup yang berhasil biasanya berangkat dari masalah yang jelas dan terukur, bukan dari keinginan untuk
terlihat canggih.</p>
<blockquote><p>Pertanyaan yang tepat bukan "bagaimana kita memakai AI?", melainkan "masalah apa yang paling mahal
bagi kita, dan apakah AI bisa membantu?"</p></blockquote>
<p>Efisiensi juga menyentuh cara startup mengambil keputusan. Eksperimen tetap dilakukan, tetapi setiap inisiatif
kini harus menunjukkan angka: berapa biaya yang dihemat, berapa pelanggan yang bertahan, dan berapa lama modal
kembali. Budaya "tumbuh dulu, hitung belakangan" perlahan digantikan oleh disiplin yang lebih ketat.</p>
<h2>Profil talenta yang dicari</h2>
<p>Perubahan strategi ini tecermin dalam rekrutmen. Startup kini cenderung mencari orang yang serba bisa dan
berorientasi hasil. Seorang engineer diharapkan paham produk, seorang pemasar diharapkan nyaman dengan analisis
data, dan seorang manajer diharapkan bisa turun tangan langsung. Gelar dan nama besar perusahaan sebelumnya tidak
lagi cukup; yang ditanyakan adalah dampak nyata yang pernah Anda hasilkan.</p>
<h2>Bagi pencari kerja</h2>
<ol>
<li>Pelajari kondisi keuangan startup sebelum menerima tawaran: tahap pendanaan, model bisnis, dan riwayat
restrukturisasinya.</li>
<li>Tanyakan dalam wawancara bagaimana perusahaan mengukur keberhasilan tim yang akan Anda masuki.</li>
<li>Pertimbangkan kompensasi secara utuh, termasuk opsi saham yang nilainya belum pasti.</li>
<li>Tunjukkan kemampuan Anda menghemat biaya atau menambah pendapatan, bukan sekadar daftar tanggung jawab.</li>
</ol>
<p>Ekosistem startup Indonesia tidak sedang mati, melainkan sedang mendewasa. Perusahaan yang bertahan melewati
fase ini kemungkinan akan tumbuh di atas fondasi yang lebih kokoh, dan mereka tetap membutuhkan talenta yang
bisa membantu mereka tumbuh secara sehat.</p>
""",
    },
    {
        "slug": HYBRID_WORK,
        "title": "Kerja Jarak Jauh Setelah Pandemi: Hibrida Jadi Jalan Tengah",
        "summary": (
            "Setelah bertahun-tahun bekerja dari rumah, banyak perusahaan memanggil karyawan kembali ke kantor. "
            "Model hibrida muncul sebagai kompromi, dengan tuntutan keterampilan baru."
        ),
        "seo_description": "Tren kerja jarak jauh dan hibrida di perusahaan teknologi, keterampilan yang dibutuhkan, dan tips bagi pencari kerja.",
        "section": "startup-bisnis",
        "authors": ["dewi-anggraini"],
        "tags": ["kerja jarak jauh", "karier", "produktivitas"],
        "skills": ["keterampilan komunikasi"],
        "days_ago": 27,
        "time": (16, 0),
        "body": """
<p>Ketika pandemi memaksa kantor-kantor tutup, banyak perusahaan teknologi mendapati bahwa pekerjaan tetap berjalan
dari rumah. Beberapa bahkan mengumumkan bahwa karyawannya boleh bekerja dari mana saja untuk seterusnya. Beberapa
tahun kemudian, kebijakan itu perlahan dikoreksi. Sejumlah perusahaan global meminta karyawan kembali ke kantor
beberapa hari dalam seminggu, sebagian lagi mewajibkan kehadiran penuh.</p>
<h2>Mengapa perusahaan menarik kembali</h2>
<p>Alasan yang sering disampaikan adalah kolaborasi dan budaya kerja. Diskusi spontan, pembimbingan karyawan baru,
dan rasa memiliki terhadap tim dianggap lebih mudah tumbuh dari pertemuan tatap muka. Ada juga alasan yang jarang
diucapkan terang-terangan: kebijakan kembali ke kantor kadang menjadi cara halus untuk mengurangi jumlah
karyawan, karena sebagian orang memilih mengundurkan diri.</p>
<h2>Hibrida sebagai kompromi</h2>
<p>Di Indonesia, model hibrida tampaknya menjadi pilihan yang paling umum di perusahaan teknologi. Karyawan datang
ke kantor pada hari tertentu untuk rapat, lokakarya, atau kegiatan tim, lalu bekerja dari rumah untuk pekerjaan
yang menuntut fokus. Bagi pekerja di kota besar dengan waktu perjalanan yang panjang, fleksibilitas ini sangat
berarti.</p>
<blockquote><p>Kerja jarak jauh bukan soal lokasi, melainkan soal cara tim berkomunikasi, mendokumentasikan
keputusan, dan saling percaya.</p></blockquote>
<h2>Keterampilan yang makin penting</h2>
<p>Bekerja secara terdistribusi menuntut kemampuan yang berbeda dari bekerja di satu ruangan. Beberapa di
antaranya:</p>
<ul>
<li><strong>Komunikasi tertulis</strong>: menulis pesan, dokumen, dan ringkasan yang bisa dipahami tanpa
penjelasan tambahan.</li>
<li><strong>Manajemen diri</strong>: mengatur waktu, prioritas, dan batas antara pekerjaan dan kehidupan
pribadi.</li>
<li><strong>Kolaborasi asinkron</strong>: memakai alat manajemen proyek dan dokumen bersama agar pekerjaan tetap
berjalan walau orang bekerja di jam yang berbeda.</li>
<li><strong>Kepekaan budaya</strong>: penting terutama bagi tim yang tersebar di beberapa negara.</li>
</ul>
<p>Bagi perusahaan, kerja hibrida juga menuntut penyesuaian. Ruang kantor dirancang ulang untuk kolaborasi, bukan
deretan meja pribadi. Manajer perlu menilai kinerja dari hasil kerja, bukan dari lamanya seseorang terlihat di
depan layar, dan rapat perlu dirancang agar peserta yang bergabung dari rumah tidak menjadi penonton.</p>
<h2>Tips bagi pencari kerja</h2>
<ol>
<li>Baca dengan teliti kebijakan kerja di iklan lowongan. Istilah "remote", "hybrid", dan "flexible" bisa
bermakna berbeda di tiap perusahaan.</li>
<li>Tanyakan dalam wawancara berapa hari kehadiran yang diharapkan dan apakah kebijakan itu pernah berubah.</li>
<li>Jika melamar posisi jarak jauh, tunjukkan bukti bahwa Anda pernah bekerja secara mandiri dan berkomunikasi
dengan baik dari jauh.</li>
<li>Perhitungkan biaya tersembunyi, seperti internet, listrik, dan ruang kerja di rumah.</li>
</ol>
<p>Perdebatan tentang kerja jarak jauh belum selesai, dan setiap perusahaan kemungkinan akan menemukan formulanya
sendiri. Bagi pekerja, yang terpenting adalah memahami cara kerja yang paling cocok untuk dirinya dan memilih
tempat kerja yang sejalan dengan itu.</p>
""",
    },
    {
        "slug": AI_REGULATION,
        "title": "Regulasi AI: Ke Mana Arah Indonesia?",
        "summary": (
            "Indonesia punya strategi nasional dan pedoman etika AI, tetapi belum memiliki undang-undang khusus. "
            "Apa saja isu yang perlu dijawab, dan apa artinya bagi profesional teknologi?"
        ),
        "seo_description": "Arah regulasi kecerdasan artifisial di Indonesia: strategi nasional, pedoman etika, UU PDP, dan pelajaran dari AI Act Eropa.",
        "section": "kebijakan-regulasi",
        "authors": ["dewi-anggraini"],
        "tags": ["regulasi", "ai", "etika ai", "kebijakan"],
        "skills": ["etika AI", "tata kelola AI"],
        "days_ago": 7,
        "time": (10, 15),
        "body": """
<p>Ketika AI generatif mulai dipakai di kantor, sekolah, dan layanan publik, pertanyaan tentang aturan main pun
mengemuka. Siapa yang bertanggung jawab jika sistem AI membuat keputusan yang merugikan? Bagaimana data pribadi
yang dipakai untuk melatih model dilindungi? Berbagai negara menjawabnya dengan cara berbeda, dan Indonesia masih
mencari bentuk yang paling sesuai.</p>
<h2>Yang sudah ada</h2>
<p>Indonesia telah memiliki Strategi Nasional Kecerdasan Artifisial yang disusun pada 2020 sebagai arah
pengembangan AI di berbagai sektor, seperti kesehatan, pendidikan, dan layanan publik. Pada akhir 2023,
kementerian yang membidangi komunikasi dan informatika menerbitkan surat edaran tentang etika kecerdasan
artifisial. Isinya memuat nilai-nilai seperti inklusivitas, kemanusiaan, keamanan, transparansi, dan
akuntabilitas, tetapi sifatnya pedoman, bukan aturan yang disertai sanksi.</p>
<p>Sejumlah aturan yang sudah berlaku juga menyentuh AI secara tidak langsung. Undang-Undang Pelindungan Data
Pribadi, misalnya, mengatur cara data pribadi dikumpulkan dan diproses, termasuk oleh sistem otomatis. Regulator
sektor keuangan pun mulai memberi perhatian pada penggunaan algoritma.</p>
<h2>Belajar dari negara lain</h2>
<p>Uni Eropa memilih jalan paling tegas melalui AI Act, yang mengelompokkan sistem AI berdasarkan tingkat
risikonya. Sistem yang risikonya dianggap tidak dapat diterima dilarang, sedangkan sistem berisiko tinggi, seperti
yang dipakai dalam rekrutmen atau penilaian kredit, wajib memenuhi persyaratan ketat. Negara lain memilih
pendekatan yang lebih lunak, dengan pedoman sukarela dan pengawasan per sektor.</p>
<blockquote><p>Tantangannya adalah melindungi masyarakat tanpa mematikan inovasi yang baru
tumbuh.</p></blockquote>
<h2>Isu yang perlu dijawab</h2>
<ul>
<li><strong>Akuntabilitas</strong>: siapa yang menanggung akibat ketika sistem AI keliru, pengembang atau
pengguna?</li>
<li><strong>Transparansi</strong>: apakah masyarakat berhak tahu bahwa mereka sedang berinteraksi dengan
AI?</li>
<li><strong>Hak cipta</strong>: bagaimana status karya yang dipakai untuk melatih model, dan karya yang
dihasilkannya?</li>
<li><strong>Ketenagakerjaan</strong>: bagaimana melindungi pekerja yang terdampak otomasi dan memastikan akses
terhadap pelatihan ulang?</li>
<li><strong>Keamanan</strong>: bagaimana mencegah penyalahgunaan, seperti deepfake untuk penipuan atau
disinformasi?</li>
</ul>
<h2>Apa artinya bagi profesional</h2>
<p>Apa pun bentuk akhirnya, arah regulasi global menunjukkan bahwa perusahaan akan makin dituntut
mendokumentasikan cara sistem AI mereka dibangun dan diawasi. Ini membuka kebutuhan akan spesialis tata kelola
dan etika AI, auditor algoritma, serta praktisi hukum yang memahami teknologi. Bagi engineer dan product manager,
memahami prinsip dasar regulasi sejak tahap desain akan menjadi nilai tambah yang nyata.</p>
<p>Perkembangan regulasi AI di Indonesia layak diikuti dengan cermat. Aturan yang dirancang dengan baik bisa
memberi kepastian bagi pelaku usaha sekaligus rasa aman bagi masyarakat.</p>
""",
    },
    {
        "slug": AI_AGENTS,
        "title": "Agen AI Masuk Kantor: Dari Chatbot ke Rekan Kerja Digital",
        "summary": (
            "Agen AI tidak hanya menjawab pertanyaan, tetapi juga menjalankan rangkaian tugas. Apa yang sudah bisa "
            "dikerjakannya, di mana batasnya, dan bagaimana pekerja sebaiknya menyikapinya?"
        ),
        "seo_description": "Agen AI mulai menjalankan tugas kantor secara mandiri. Kemampuan, batasan, risiko, dan keterampilan untuk bekerja bersamanya.",
        "section": "ai-otomasi",
        "authors": ["rina-kartikasari", "azura-team"],
        "tags": ["ai", "otomasi", "llm", "prompt engineering"],
        "skills": ["agen AI", "process automation", "prompt engineering", "berpikir kritis"],
        "days_ago": 1,
        "time": (7, 45),
        "related": [PROMPT_ENGINEERING, JOBS_AT_RISK, CODING_ASSISTANTS],
        "body": """
<p>Generasi pertama chatbot di kantor bekerja seperti mesin penjawab: pengguna bertanya, sistem membalas. Kini
muncul generasi berikutnya yang disebut agen AI. Alih-alih hanya menjawab, agen diberi tujuan lalu menyusun
langkahnya sendiri: membuka aplikasi, mencari data, mengisi formulir, mengirim surel, dan melaporkan hasilnya.
Sejumlah perusahaan teknologi memasarkannya sebagai "rekan kerja digital".</p>
<p>Istilah itu terdengar ambisius, dan memang perlu disikapi dengan hati-hati. Namun perubahan yang dibawanya
nyata. Ketika perangkat lunak bisa menjalankan rangkaian tugas, bukan hanya satu perintah, batas antara alat bantu
dan pelaksana pekerjaan menjadi makin kabur.</p>
<h2>Apa yang sudah bisa dikerjakan</h2>
<p>Dalam uji coba di berbagai perusahaan, agen AI paling sering dipakai untuk pekerjaan yang alurnya jelas tetapi
melelahkan. Beberapa contohnya:</p>
<ul>
<li>Menyiapkan ringkasan harian dari tiket pelanggan, lalu mengelompokkannya berdasarkan jenis masalah.</li>
<li>Mencocokkan faktur dengan pesanan pembelian dan menandai selisih yang perlu diperiksa manusia.</li>
<li>Mengumpulkan informasi dari beberapa sumber untuk bahan riset pasar awal.</li>
<li>Menjalankan pengujian perangkat lunak dan mencoba memperbaiki kesalahan sederhana.</li>
</ul>
<h2>Di mana batasnya</h2>
<p>Agen AI masih sering tersesat ketika menghadapi situasi yang tidak terduga. Ia bisa salah membaca konteks,
mengulang langkah yang sama, atau dengan percaya diri mengambil keputusan keliru. Karena agen bertindak, bukan
sekadar berbicara, kesalahannya juga lebih mahal: surel yang salah kirim atau data yang terhapus tidak bisa
ditarik kembali dengan mudah.</p>
<blockquote><p>Semakin besar wewenang yang diberikan kepada sebuah agen, semakin penting pula pagar pengaman di
sekelilingnya.</p></blockquote>
<p>Karena itu, perusahaan yang menerapkannya dengan serius biasanya membatasi akses agen, mencatat setiap
tindakannya, dan mewajibkan persetujuan manusia untuk langkah yang berisiko, misalnya pembayaran atau perubahan
data pelanggan.</p>
<h2>Dampaknya bagi pekerja</h2>
<p>Bagi staf administrasi dan operasional, agen AI berpotensi mengambil alih sebagian besar pekerjaan rutin. Namun
kehadirannya juga menciptakan tugas baru: merancang alur kerja yang bisa diotomasi, memantau kinerja agen,
menangani pengecualian yang tidak bisa diselesaikan mesin, serta memastikan semuanya sesuai aturan perusahaan.
Orang yang paling memahami proses bisnis justru berada di posisi terbaik untuk mengambil peran ini.</p>
<h2>Cara bersiap</h2>
<ol>
<li>Petakan proses kerja Anda langkah demi langkah. Proses yang terdokumentasi baik adalah kandidat pertama
otomasi, dan Anda sebaiknya menjadi orang yang mengusulkannya.</li>
<li>Pelajari dasar otomatisasi proses dan alat no-code yang sudah tersedia di kantor Anda.</li>
<li>Latih prompt engineering untuk memberi tujuan dan batasan yang jelas kepada agen.</li>
<li>Asah kemampuan berpikir kritis untuk menilai kapan hasil kerja agen layak dipercaya dan kapan harus
diperiksa ulang.</li>
</ol>
<p>Agen AI kemungkinan besar akan menjadi bagian biasa dari perangkat kerja kantor dalam beberapa tahun ke depan.
Pertanyaannya bukan apakah kita akan bekerja bersama agen, melainkan siapa yang akan mengatur cara kerjanya.</p>
""",
    },
    {
        "slug": LAYOFF_RIGHTS,
        "title": "Terkena PHK? Kenali Hak Anda, Manfaat JKP, dan Langkah 30 Hari Pertama",
        "summary": (
            "Surat PHK sering datang tiba-tiba. Sebelum panik, pahami hak-hak normatif, program Jaminan Kehilangan "
            "Pekerjaan, dan rencana sebulan pertama untuk bangkit kembali."
        ),
        "seo_description": "Panduan praktis setelah terkena PHK di Indonesia: hak pekerja, Jaminan Kehilangan Pekerjaan, dan rencana 30 hari pertama.",
        "section": "kebijakan-regulasi",
        "authors": ["dewi-anggraini", "bima-prasetyo"],
        "tags": ["phk", "kebijakan", "karier", "reskilling"],
        "skills": ["reskilling", "learning agility"],
        "days_ago": 3,
        "time": (12, 10),
        "related": [RESKILLING_PROGRAMS, LAYOFF_WAVE, SKILLS_IN_DEMAND],
        "body": """
<p>Bagi banyak orang, pemutusan hubungan kerja datang seperti petir di siang bolong: satu undangan rapat singkat,
lalu akses surel kantor dimatikan. Reaksi pertama biasanya campuran antara kaget, marah, dan cemas. Semua itu
wajar. Namun beberapa keputusan yang diambil pada hari-hari pertama bisa berpengaruh besar, sehingga ada baiknya
memahami hak dan pilihan Anda sebelum menandatangani apa pun.</p>
<h2>Pahami hak normatif Anda</h2>
<p>Peraturan ketenagakerjaan di Indonesia mengatur kompensasi bagi pekerja yang terkena PHK, seperti uang
pesangon, uang penghargaan masa kerja, dan uang penggantian hak. Besarnya bergantung pada masa kerja, status
hubungan kerja, dan alasan PHK. Pekerja dengan perjanjian kerja waktu tertentu memiliki ketentuan kompensasi
tersendiri. Sebelum menandatangani perjanjian bersama, mintalah rincian perhitungannya secara tertulis dan
bandingkan dengan ketentuan yang berlaku. Jika ada yang janggal, Anda berhak berunding, meminta pendampingan
serikat pekerja, atau berkonsultasi dengan dinas ketenagakerjaan setempat.</p>
<h2>Jaminan Kehilangan Pekerjaan</h2>
<p>Pekerja yang terdaftar sebagai peserta BPJS Ketenagakerjaan dan memenuhi syarat kepesertaan dapat mengajukan
manfaat Jaminan Kehilangan Pekerjaan (JKP). Program ini memberikan uang tunai untuk jangka waktu tertentu, akses
informasi pasar kerja, dan pelatihan kerja. Syarat dan batas waktu pengajuannya perlu diperhatikan, jadi segera
cek status kepesertaan Anda dan siapkan dokumen yang diminta.</p>
<blockquote><p>Kompensasi memberi Anda waktu. Cara Anda memakai waktu itulah yang menentukan langkah
berikutnya.</p></blockquote>
<h2>Rencana 30 hari pertama</h2>
<ul>
<li><strong>Minggu 1: bereskan administrasi.</strong> Simpan salinan kontrak, slip gaji, dan surat PHK. Pastikan
kompensasi dan dokumen seperti surat keterangan kerja sudah jelas. Hitung ulang anggaran rumah tangga.</li>
<li><strong>Minggu 2: evaluasi diri.</strong> Tuliskan pencapaian konkret selama bekerja, keterampilan yang
dikuasai, dan jenis pekerjaan yang ingin Anda tuju. Apakah Anda ingin peran serupa, atau ini saat yang tepat
untuk berpindah jalur?</li>
<li><strong>Minggu 3: perbarui materi lamaran.</strong> Susun ulang CV dengan fokus pada hasil, perbarui profil
profesional, dan siapkan cerita singkat tentang alasan Anda mencari pekerjaan baru tanpa menjelek-jelekkan
perusahaan lama.</li>
<li><strong>Minggu 4: mulai bergerak.</strong> Hubungi jaringan profesional, lamar posisi yang paling sesuai, dan
daftar ke satu program pelatihan untuk menutup celah keterampilan yang Anda temukan.</li>
</ul>
<h2>Jangan lupakan kesehatan mental</h2>
<p>Kehilangan pekerjaan bukan hanya soal uang, tetapi juga identitas dan rutinitas. Pertahankan jadwal harian,
tetap berolahraga, dan bicarakan perasaan Anda dengan orang yang dipercaya. Banyak profesional yang kini sukses
pernah mengalami PHK; mereka bukan pengecualian, melainkan bagian dari dinamika industri yang terus berubah.</p>
<p>Jika Anda mempertimbangkan beralih ke bidang yang sedang tumbuh, seperti analisis data, cloud computing, atau
keamanan siber, masa jeda ini bisa menjadi awal reskilling yang terencana. Program pelatihan pemerintah maupun
swasta dapat membantu, asalkan dipilih dengan tujuan yang jelas.</p>
""",
    },
    {
        "slug": DATA_PROTECTION,
        "title": "UU PDP dan Pekerjaan Sehari-hari Tim Data",
        "summary": (
            "Undang-Undang Pelindungan Data Pribadi mengubah cara data dikumpulkan, disimpan, dan dianalisis. "
            "Apa saja yang perlu dipahami analis, engineer, dan tim produk?"
        ),
        "seo_description": "Dampak Undang-Undang Pelindungan Data Pribadi bagi analis data, engineer, dan tim produk, serta peluang karier baru.",
        "section": "kebijakan-regulasi",
        "authors": ["dewi-anggraini"],
        "tags": ["regulasi", "data", "keamanan siber", "kebijakan"],
        "skills": ["keamanan siber", "data engineering", "analisis data", "cloud security"],
        "days_ago": 13,
        "time": (9, 40),
        "related": [AI_REGULATION, SECURITY_TALENT],
        "body": """
<p>Selama bertahun-tahun, banyak perusahaan digital memperlakukan data pelanggan seperti tambang yang bisa digali
sesuka hati. Data dikumpulkan sebanyak mungkin, disimpan selama mungkin, dan dibagikan ke berbagai pihak tanpa
banyak pertanyaan. Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi (UU PDP) mengubah cara
pandang itu. Setelah masa transisi dua tahun berakhir pada Oktober 2024, kewajiban di dalamnya berlaku penuh bagi
organisasi yang memproses data pribadi.</p>
<h2>Konsep dasar yang perlu dipahami</h2>
<ul>
<li><strong>Pengendali dan prosesor data</strong>: pengendali menentukan tujuan pemrosesan, sedangkan prosesor
mengolah data atas nama pengendali. Keduanya punya kewajiban hukum.</li>
<li><strong>Dasar pemrosesan</strong>: data pribadi hanya boleh diproses dengan dasar yang sah, misalnya
persetujuan yang jelas dari pemilik data atau pemenuhan kontrak.</li>
<li><strong>Hak subjek data</strong>: pemilik data berhak mengakses, memperbaiki, dan meminta penghapusan datanya,
serta menarik persetujuan yang pernah diberikan.</li>
<li><strong>Data spesifik</strong>: data kesehatan, biometrik, keuangan pribadi, dan data anak memerlukan
perlindungan ekstra.</li>
<li><strong>Kegagalan pelindungan</strong>: jika terjadi kebocoran, organisasi wajib memberi tahu pemilik data
dan otoritas dalam batas waktu yang ditentukan.</li>
</ul>
<h2>Dampak bagi tim data</h2>
<p>Bagi analis, UU PDP berarti setiap analisis perlu mempertanyakan apakah data yang dipakai memang diperlukan.
Praktik seperti pseudonimisasi dan agregasi menjadi standar, bukan pilihan. Bagi data engineer, pipeline harus
dirancang agar data bisa dilacak asal-usulnya, dihapus ketika diminta, dan tidak disalin ke tempat yang tidak
semestinya. Bagi tim produk, formulir pendaftaran dan kebijakan privasi perlu ditulis dalam bahasa yang bisa
dipahami orang awam.</p>
<blockquote><p>Prinsip yang paling sederhana sering kali paling efektif: kumpulkan secukupnya, simpan seperlunya,
hapus ketika tidak dibutuhkan.</p></blockquote>
<h2>Keamanan bukan lagi urusan satu divisi</h2>
<p>Kewajiban menjaga keamanan data mendorong perusahaan memperkuat keamanan siber di semua lapisan, dari
pengaturan hak akses basis data hingga enkripsi cadangan di cloud. Tim engineering diharapkan memahami prinsip
keamanan sejak tahap desain, bukan menambalnya setelah insiden terjadi.</p>
<h2>Peluang karier yang muncul</h2>
<p>UU PDP juga membuka kebutuhan akan profesi baru. Organisasi tertentu wajib menunjuk pejabat atau petugas
pelindungan data pribadi. Konsultan privasi, auditor keamanan, dan engineer yang memahami privasi sejak desain
makin dicari. Bagi profesional hukum yang mau belajar teknologi, atau profesional teknologi yang mau memahami
hukum, ini adalah persimpangan karier yang menarik.</p>
<h2>Langkah awal untuk tim</h2>
<ol>
<li>Buat inventaris data pribadi yang dikumpulkan, tempat penyimpanannya, dan siapa saja yang bisa
mengaksesnya.</li>
<li>Tinjau ulang dasar pemrosesan untuk setiap penggunaan data, termasuk untuk melatih model AI.</li>
<li>Siapkan prosedur tanggap insiden, lengkap dengan jalur pelaporan yang jelas.</li>
<li>Adakan pelatihan singkat tentang privasi bagi semua anggota tim, bukan hanya tim hukum.</li>
</ol>
""",
    },
    {
        "slug": PYTHON_PLAN,
        "title": "Belajar Python dari Nol: Rencana Realistis 12 Minggu",
        "summary": (
            "Python adalah pintu masuk ke analisis data, otomasi, dan machine learning. Rencana belajar 12 minggu "
            "ini dirancang untuk pekerja yang hanya punya waktu beberapa jam per minggu."
        ),
        "seo_description": "Rencana belajar Python 12 minggu untuk pemula yang bekerja: dasar pemrograman, pandas, SQL, dan proyek portofolio.",
        "section": "karier-skill",
        "authors": ["bima-prasetyo"],
        "tags": ["skill", "data", "pemula", "karier"],
        "skills": ["Python", "analisis data", "SQL", "pemrograman", "visualisasi data"],
        "days_ago": 17,
        "time": (19, 0),
        "related": [SKILLS_IN_DEMAND, ANALYST_TO_ENGINEER, RESKILLING_PROGRAMS],
        "body": """
<p>Di antara semua bahasa pemrograman, Python paling sering direkomendasikan untuk pemula. Sintaksnya relatif mudah
dibaca, komunitasnya besar, dan kegunaannya luas: dari mengotomasi laporan di Excel, analisis data, hingga
machine learning. Namun banyak orang berhenti di tengah jalan karena target yang terlalu ambisius. Rencana
berikut dibuat untuk pekerja dengan waktu belajar sekitar lima jam per minggu.</p>
<h2>Minggu 1–3: fondasi</h2>
<p>Mulailah dengan konsep dasar pemrograman: variabel, tipe data, percabangan, perulangan, dan fungsi. Jangan
terburu-buru. Tulis banyak program kecil, misalnya kalkulator cicilan atau pengubah format tanggal. Biasakan juga
membaca pesan galat dengan tenang, karena kemampuan men-debug akan terpakai sepanjang karier.</p>
<h2>Minggu 4–5: struktur data dan berkas</h2>
<p>Pelajari list, dictionary, dan cara membaca serta menulis berkas CSV. Di tahap ini, cobalah mengotomasi satu
pekerjaan nyata, misalnya menggabungkan beberapa berkas laporan menjadi satu. Rasa puas melihat pekerjaan satu jam
selesai dalam hitungan detik adalah bahan bakar motivasi yang ampuh.</p>
<h2>Minggu 6–8: analisis data dengan pandas</h2>
<p>Pustaka pandas adalah alat utama untuk analisis data di Python. Pelajari cara memuat data, membersihkan nilai
yang hilang, mengelompokkan, dan menggabungkan tabel. Tambahkan visualisasi sederhana agar temuan Anda mudah
dipahami orang lain. Gunakan data terbuka, misalnya data statistik resmi atau data transaksi tiruan, agar latihan
terasa nyata.</p>
<h2>Minggu 9–10: SQL dan basis data</h2>
<p>Hampir semua data perusahaan tersimpan di basis data. Pelajari dasar SQL: memilih, menyaring, mengurutkan, dan
menggabungkan tabel. Lalu hubungkan Python dengan basis data sederhana seperti SQLite, sehingga Anda bisa
mengambil data dengan SQL dan mengolahnya dengan pandas.</p>
<h2>Minggu 11–12: proyek akhir</h2>
<p>Pilih satu pertanyaan yang Anda pedulikan, cari datanya, analisis, lalu tuliskan hasilnya dalam laporan singkat
atau dasbor. Simpan kodenya di repositori publik dengan penjelasan yang rapi. Proyek ini akan menjadi bukti
kemampuan yang jauh lebih meyakinkan daripada daftar kursus yang pernah diikuti.</p>
<blockquote><p>Belajar pemrograman mirip belajar bahasa asing: lebih baik tiga puluh menit setiap hari daripada
lima jam sekali sebulan.</p></blockquote>
<h2>Tips agar tidak berhenti di tengah jalan</h2>
<ul>
<li>Tetapkan jadwal belajar yang tetap dan anggap sebagai janji yang tidak bisa dibatalkan.</li>
<li>Bergabunglah dengan komunitas belajar atau cari teman belajar agar saling mengingatkan.</li>
<li>Gunakan asisten AI untuk menjelaskan konsep atau galat, tetapi tulis kodenya sendiri.</li>
<li>Rayakan kemajuan kecil dan catat apa yang sudah Anda pelajari setiap minggu.</li>
</ul>
<p>Setelah dua belas minggu, Anda belum menjadi ahli, tetapi sudah memiliki fondasi yang kuat untuk melangkah ke
data engineering, machine learning, atau sekadar bekerja lebih efisien di posisi sekarang.</p>
""",
    },
    {
        "slug": SECURITY_TALENT,
        "title": "Keamanan Siber, Karier dengan Kekurangan Talenta yang Nyata",
        "summary": (
            "Serangan siber makin sering dan canggih, sementara jumlah profesional keamanan belum mengejar. Inilah "
            "peran yang dibutuhkan dan cara masuk ke bidang ini dari latar belakang lain."
        ),
        "seo_description": "Karier keamanan siber di Indonesia: peran yang dibutuhkan, keterampilan dasar, sertifikasi, dan jalur masuk bagi pemula.",
        "section": "industri-teknologi",
        "authors": ["azura-team"],
        "tags": ["keamanan siber", "karier", "industri", "cloud"],
        "skills": ["keamanan siber", "cloud security", "incident response", "application security", "Linux"],
        "days_ago": 25,
        "time": (13, 30),
        "related": [CLOUD_TALENT, DATA_PROTECTION],
        "body": """
<p>Kebocoran data pelanggan, serangan ransomware yang melumpuhkan layanan, dan penipuan yang memanfaatkan rekayasa
sosial kini menjadi berita yang hampir rutin, termasuk di Indonesia. Di balik setiap insiden, ada pertanyaan yang
sama: apakah organisasi itu punya cukup orang yang paham keamanan? Jawabannya sering kali tidak. Kebutuhan akan
profesional keamanan siber tumbuh lebih cepat daripada jumlah talenta yang tersedia.</p>
<h2>Mengapa kebutuhan terus naik</h2>
<p>Ada beberapa pendorong sekaligus. Digitalisasi layanan keuangan dan pemerintahan memperluas permukaan serangan.
Migrasi ke cloud menuntut cara baru mengatur akses dan konfigurasi. Regulasi seperti Undang-Undang Pelindungan
Data Pribadi menaikkan taruhan ketika terjadi kebocoran. Sementara itu, penyerang juga memanfaatkan AI untuk
membuat pesan phishing yang lebih meyakinkan.</p>
<h2>Peran yang paling dibutuhkan</h2>
<ul>
<li><strong>Analis SOC</strong>: memantau peringatan keamanan dan menyaring mana yang merupakan ancaman
sungguhan.</li>
<li><strong>Incident responder</strong>: menangani insiden, membatasi kerusakan, dan memulihkan sistem.</li>
<li><strong>Application security engineer</strong>: membantu developer menulis kode yang aman dan menguji
aplikasi sebelum dirilis.</li>
<li><strong>Cloud security engineer</strong>: mengatur identitas, akses, dan konfigurasi layanan cloud.</li>
<li><strong>Spesialis tata kelola dan kepatuhan</strong>: menerjemahkan regulasi menjadi kebijakan dan kontrol
yang bisa diaudit.</li>
</ul>
<blockquote><p>Keamanan siber bukan hanya soal peretasan canggih. Sebagian besar pekerjaannya adalah disiplin: menambal,
memantau, mendokumentasikan, dan mengedukasi.</p></blockquote>
<h2>Jalur masuk dari bidang lain</h2>
<p>Banyak profesional keamanan memulai karier di bidang lain, seperti administrasi sistem, jaringan, atau
pengembangan perangkat lunak. Latar belakang itu justru menjadi keunggulan karena mereka memahami cara sistem
bekerja sebelum belajar cara sistem diserang. Fondasi yang perlu dikuasai antara lain Linux, jaringan komputer,
konsep kriptografi dasar, dan cara kerja aplikasi web.</p>
<p>Beberapa langkah praktis untuk memulai:</p>
<ol>
<li>Pelajari dasar-dasar keamanan siber lewat kursus pengantar, lalu lanjutkan ke sertifikasi tingkat pemula
yang diakui industri.</li>
<li>Berlatih di laboratorium daring dan kompetisi capture the flag yang legal dan etis.</li>
<li>Bangun laboratorium kecil di rumah atau di cloud untuk mencoba alat pemantauan dan analisis log.</li>
<li>Ikuti komunitas keamanan lokal untuk belajar dari praktisi dan menemukan lowongan.</li>
</ol>
<h2>Etika sebagai fondasi</h2>
<p>Satu hal yang tidak bisa ditawar di bidang ini adalah etika. Kemampuan menembus sistem hanya boleh dipakai
dengan izin yang jelas. Perekrut menaruh perhatian besar pada integritas kandidat, karena profesional keamanan
sering mendapat akses ke data dan sistem yang paling sensitif.</p>
<p>Dengan kebutuhan yang terus bertambah, keamanan siber menjadi salah satu bidang yang paling menjanjikan bagi
mereka yang ingin beralih karier, asalkan siap belajar terus-menerus, karena ancaman pun terus berubah.</p>
""",
    },
    {
        "slug": CUSTOMER_SERVICE,
        "title": "AI Generatif di Layanan Pelanggan: Apa Kabar Agen CS?",
        "summary": (
            "Chatbot generatif kini menjawab sebagian besar pertanyaan pelanggan di banyak perusahaan. Agen layanan "
            "pelanggan tidak hilang, tetapi pekerjaannya berubah bentuk."
        ),
        "seo_description": "Bagaimana AI generatif mengubah pekerjaan agen layanan pelanggan, keterampilan baru yang dibutuhkan, dan jalur karier lanjutan.",
        "section": "ai-otomasi",
        "authors": ["rina-kartikasari"],
        "tags": ["ai", "otomasi", "karier", "llm"],
        "skills": ["LLM", "prompt engineering", "keterampilan komunikasi", "analisis data"],
        "days_ago": 29,
        "time": (11, 0),
        "related": [AI_AGENTS, JOBS_AT_RISK],
        "body": """
<p>Layanan pelanggan adalah salah satu bidang pertama yang merasakan dampak AI generatif secara langsung. Di banyak
perusahaan e-commerce, perbankan digital, dan telekomunikasi, chatbot kini menangani pertanyaan seputar status
pesanan, cara mengganti kata sandi, hingga penjelasan tagihan. Berbeda dari chatbot lama yang kaku, model bahasa
terbaru mampu memahami pertanyaan yang ditulis dengan bahasa sehari-hari, termasuk campuran bahasa Indonesia dan
bahasa daerah atau bahasa gaul.</p>
<h2>Yang diambil alih mesin</h2>
<p>Pertanyaan yang jawabannya sudah tersedia di basis pengetahuan adalah yang paling mudah diotomasi. Hal yang sama
berlaku untuk tugas administratif setelah percakapan, seperti menulis ringkasan tiket, memberi label kategori, dan
mengisi formulir tindak lanjut. Bagi perusahaan, ini berarti waktu tunggu lebih singkat dan layanan yang tersedia
sepanjang hari.</p>
<h2>Yang tetap membutuhkan manusia</h2>
<p>Namun pelanggan yang menghubungi layanan pelanggan tidak selalu membawa pertanyaan sederhana. Ada keluhan yang
emosional, kasus penipuan yang rumit, atau masalah yang tidak tercantum di panduan mana pun. Di sinilah agen
manusia tetap tak tergantikan. Bahkan, karena kasus mudah sudah disaring mesin, kasus yang sampai ke agen manusia
cenderung lebih berat dan menuntut keterampilan lebih tinggi.</p>
<blockquote><p>Chatbot menangani volume, manusia menangani kepercayaan.</p></blockquote>
<h2>Peran baru di pusat layanan</h2>
<p>Perubahan ini melahirkan beberapa peran yang sebelumnya jarang terdengar:</p>
<ul>
<li><strong>Perancang percakapan</strong>: menyusun alur dan gaya bahasa chatbot agar terasa membantu, bukan
menyebalkan.</li>
<li><strong>Kurator basis pengetahuan</strong>: memastikan informasi yang dipakai AI akurat dan mutakhir.</li>
<li><strong>Analis kualitas AI</strong>: meninjau sampel percakapan, menemukan jawaban yang keliru, dan
mengusulkan perbaikan prompt.</li>
<li><strong>Spesialis eskalasi</strong>: menangani kasus kompleks yang diteruskan dari chatbot.</li>
</ul>
<h2>Keterampilan yang perlu diasah</h2>
<p>Bagi agen layanan pelanggan yang ingin tetap relevan, beberapa kemampuan layak diprioritaskan. Keterampilan
komunikasi dan empati tetap menjadi inti. Di luar itu, pemahaman dasar tentang cara kerja model bahasa, kemampuan
menulis prompt yang jelas, dan analisis data sederhana untuk membaca tren keluhan akan membuka jalan ke peran-peran
baru di atas.</p>
<ol>
<li>Pelajari cara kerja chatbot yang dipakai perusahaan Anda dan catat di mana ia sering gagal.</li>
<li>Tawarkan diri untuk membantu memperbaiki basis pengetahuan atau menguji versi baru chatbot.</li>
<li>Ikuti pelatihan singkat tentang prompt engineering dan analisis data dengan spreadsheet.</li>
<li>Dokumentasikan kontribusi Anda, misalnya penurunan jumlah eskalasi setelah perbaikan yang Anda usulkan.</li>
</ol>
<p>Pusat layanan pelanggan di masa depan kemungkinan akan lebih kecil, tetapi diisi orang-orang dengan keterampilan
yang lebih tinggi. Agen yang mau belajar memiliki posisi unik karena memahami pelanggan lebih baik daripada siapa
pun.</p>
""",
    },
    {
        "slug": SMALL_BUSINESS,
        "title": "UMKM dan AI: Alat Sederhana untuk Pekerjaan Sehari-hari",
        "summary": (
            "AI tidak hanya milik perusahaan besar. Pelaku UMKM bisa memakainya untuk menulis deskripsi produk, "
            "membalas pelanggan, dan membaca data penjualan, asalkan tahu batasnya."
        ),
        "seo_description": "Cara UMKM memanfaatkan AI untuk konten, layanan pelanggan, dan analisis penjualan sederhana, beserta risikonya.",
        "section": "startup-bisnis",
        "authors": ["azura-team"],
        "tags": ["ai", "bisnis", "produktivitas"],
        "skills": ["AI literacy", "prompt engineering", "spreadsheet", "analisis data"],
        "days_ago": 31,
        "time": (8, 20),
        "related": [PROMPT_ENGINEERING, STARTUP_EFFICIENCY],
        "body": """
<p>Pembicaraan tentang kecerdasan buatan sering berkisar pada perusahaan raksasa dengan anggaran miliaran. Padahal,
sebagian alat AI yang paling berguna justru tersedia gratis atau dengan biaya langganan kecil, dan bisa langsung
dipakai oleh usaha mikro, kecil, dan menengah. Bagi pemilik toko daring, katering rumahan, atau perajin yang
mengurus semuanya sendiri, alat ini bisa menghemat berjam-jam setiap minggu.</p>
<h2>Menulis konten dan deskripsi produk</h2>
<p>Menulis deskripsi untuk puluhan produk di lokapasar adalah pekerjaan yang melelahkan. Model bahasa dapat membantu
membuat draf pertama berdasarkan poin-poin yang Anda berikan: bahan, ukuran, keunggulan, dan cara perawatan.
Hasilnya tetap perlu disunting agar sesuai dengan gaya toko dan tidak berisi klaim yang berlebihan. Hal yang sama
berlaku untuk takarir media sosial dan ide konten promosi.</p>
<h2>Membalas pesan pelanggan</h2>
<p>Pertanyaan seperti "masih ready, kak?" atau "ongkir ke Medan berapa?" datang berulang kali. Fitur balasan
otomatis di aplikasi pesan bisnis, ditambah templat jawaban yang disusun dengan bantuan AI, membuat pemilik usaha
bisa merespons lebih cepat tanpa harus memegang ponsel sepanjang hari. Untuk keluhan atau pesanan khusus, tetap
balas secara pribadi.</p>
<h2>Membaca data penjualan</h2>
<p>Banyak UMKM sudah mencatat penjualan di spreadsheet, tetapi jarang menganalisisnya. Dengan bantuan AI, pemilik
usaha bisa bertanya dalam bahasa sehari-hari, misalnya produk apa yang paling laris bulan lalu atau hari apa
penjualan paling sepi. Kemampuan analisis data sederhana seperti ini membantu keputusan stok dan promosi menjadi
lebih terarah.</p>
<blockquote><p>AI paling berguna bagi UMKM ketika dipakai untuk pekerjaan yang membosankan, sehingga pemilik usaha
punya lebih banyak waktu untuk hal yang tidak bisa diwakilkan: produk dan pelanggan.</p></blockquote>
<h2>Risiko yang perlu diwaspadai</h2>
<ul>
<li><strong>Informasi keliru</strong>: AI bisa mengarang fakta, termasuk aturan pajak atau perizinan. Selalu cek
ke sumber resmi.</li>
<li><strong>Data pelanggan</strong>: jangan memasukkan nomor telepon, alamat, atau data pribadi pelanggan ke
layanan AI yang tidak jelas kebijakan privasinya.</li>
<li><strong>Konten yang seragam</strong>: jika semua toko memakai alat yang sama tanpa sentuhan pribadi, pembeli
akan sulit membedakan satu toko dengan yang lain.</li>
<li><strong>Biaya tersembunyi</strong>: langganan kecil yang menumpuk bisa membebani arus kas.</li>
</ul>
<h2>Memulai dengan langkah kecil</h2>
<ol>
<li>Pilih satu pekerjaan yang paling menyita waktu, misalnya membalas pertanyaan yang sama berulang kali.</li>
<li>Coba satu alat AI selama dua minggu dan catat berapa waktu yang dihemat.</li>
<li>Pelajari cara menulis prompt yang jelas: sebutkan konteks usaha, target pembeli, dan gaya bahasa yang
diinginkan.</li>
<li>Jika terbukti membantu, ajarkan kepada karyawan atau anggota keluarga yang ikut mengelola usaha.</li>
</ol>
<p>Literasi AI kini menjadi bagian dari literasi digital yang dibutuhkan pelaku usaha. Banyak pelatihan gratis dari
pemerintah, komunitas, dan platform teknologi yang bisa dimanfaatkan untuk memulainya.</p>
""",
    },
    {
        "slug": HUMAN_SKILLS,
        "title": "Soft Skill di Era AI: Berpikir Kritis dan Komunikasi Makin Mahal",
        "summary": (
            "Ketika mesin bisa menulis, merangkum, dan menganalisis, nilai pekerja bergeser ke hal yang sulit "
            "diotomasi: menilai, menjelaskan, dan meyakinkan orang lain."
        ),
        "seo_description": "Mengapa berpikir kritis, komunikasi, dan kemampuan belajar makin dicari di era AI, dan cara melatihnya di tempat kerja.",
        "section": "karier-skill",
        "authors": ["azura-team", "dewi-anggraini"],
        "tags": ["karier", "skill", "ai"],
        "skills": ["berpikir kritis", "keterampilan komunikasi", "manajemen pemangku kepentingan", "learning agility"],
        "days_ago": 33,
        "time": (17, 15),
        "related": [SKILLS_IN_DEMAND, JOBS_AT_RISK],
        "body": """
<p>Sepuluh tahun lalu, nasihat karier yang paling populer adalah "belajarlah coding". Nasihat itu masih berlaku,
tetapi kini ada tambahan penting. Ketika AI mampu menulis kode, menyusun laporan, dan merangkum dokumen dalam
hitungan detik, kemampuan yang membedakan seorang profesional justru bergeser ke hal-hal yang dulu dianggap
"lunak": berpikir kritis, berkomunikasi, bekerja sama, dan terus belajar.</p>
<h2>Berpikir kritis: menilai hasil mesin</h2>
<p>Model AI bisa menghasilkan jawaban yang terdengar sangat meyakinkan, padahal keliru. Orang yang mampu bertanya
"dari mana angka ini berasal?", "apa asumsi di baliknya?", dan "apa yang terjadi jika ini salah?" menjadi pengaman
yang sangat berharga. Berpikir kritis juga berarti tahu kapan sebuah masalah sebaiknya tidak diselesaikan dengan
AI sama sekali.</p>
<h2>Komunikasi: menerjemahkan dan meyakinkan</h2>
<p>Analisis terbaik tidak berguna jika tidak dipahami pengambil keputusan. Keterampilan komunikasi, baik lisan
maupun tulisan, membantu menjembatani tim teknis dan bisnis. Kemampuan bercerita dengan data, yakni menyusun angka
menjadi alur yang jelas dan relevan bagi pendengar, termasuk yang paling dicari perekrut.</p>
<h2>Kolaborasi dan mengelola pemangku kepentingan</h2>
<p>Proyek AI jarang gagal karena modelnya buruk. Lebih sering, proyek gagal karena tujuan yang tidak jelas,
ekspektasi yang tidak selaras, atau pengguna yang tidak dilibatkan. Orang yang bisa menyatukan kepentingan
berbagai pihak, bernegosiasi, dan menjaga kepercayaan akan selalu dibutuhkan.</p>
<blockquote><p>Mesin bisa memberikan jawaban. Manusia tetap dibutuhkan untuk menentukan pertanyaan yang layak
diajukan.</p></blockquote>
<h2>Kemampuan belajar</h2>
<p>Alat dan teknologi berganti makin cepat. Keterampilan teknis yang populer hari ini bisa usang dalam beberapa
tahun. Karena itu, kemampuan belajar hal baru dengan cepat, disebut juga <em>learning agility</em>, menjadi
keterampilan paling tahan lama. Orang yang terbiasa bereksperimen, menerima umpan balik, dan mengubah cara
kerjanya akan lebih mudah beradaptasi dengan gelombang perubahan berikutnya.</p>
<h2>Cara melatihnya di tempat kerja</h2>
<ul>
<li>Biasakan menulis ringkasan satu halaman sebelum rapat penting. Menulis dengan jelas melatih berpikir dengan
jelas.</li>
<li>Minta umpan balik setelah presentasi, terutama dari orang di luar tim Anda.</li>
<li>Saat memakai AI, selalu periksa minimal satu klaim penting ke sumber aslinya.</li>
<li>Ambil peran kecil dalam proyek lintas fungsi untuk belajar memahami sudut pandang tim lain.</li>
<li>Sisihkan waktu rutin untuk mempelajari satu hal baru, lalu ajarkan kepada rekan kerja.</li>
</ul>
<p>Soft skill sering dianggap bawaan lahir, padahal bisa dilatih seperti keterampilan lain. Di era ketika mesin
makin pintar, investasi pada kemampuan manusiawi ini justru memberikan imbal hasil yang makin besar.</p>
""",
    },
    {
        "slug": ALGORITHMIC_HIRING,
        "title": "Saat Algoritma Ikut Merekrut: Etika AI di Tempat Kerja",
        "summary": (
            "Semakin banyak perusahaan memakai AI untuk menyaring lamaran dan menilai karyawan. Efisien, tetapi "
            "berisiko bias dan minim transparansi. Apa hak pelamar, dan apa tanggung jawab perusahaan?"
        ),
        "seo_description": "Penggunaan AI dalam rekrutmen dan penilaian karyawan: risiko bias, transparansi, hak pelamar, dan praktik yang bertanggung jawab.",
        "section": "kebijakan-regulasi",
        "authors": ["dewi-anggraini"],
        "tags": ["etika ai", "regulasi", "karier", "ai"],
        "skills": ["AI literacy", "berpikir kritis"],
        "days_ago": 36,
        "time": (10, 50),
        "related": [AI_REGULATION, DATA_PROTECTION],
        "body": """
<p>Bayangkan Anda melamar pekerjaan dan tidak pernah mendapat kabar. Anda tidak tahu bahwa lamaran Anda sudah
gugur dalam hitungan detik, disaring oleh perangkat lunak yang menilai CV berdasarkan kata kunci dan pola tertentu.
Skenario ini bukan fiksi. Sistem pelacak pelamar dan alat penilaian berbasis AI semakin lazim dipakai, terutama
oleh perusahaan yang menerima ribuan lamaran untuk setiap lowongan.</p>
<h2>Janji efisiensi</h2>
<p>Bagi tim rekrutmen yang kewalahan, AI menawarkan bantuan nyata: menyaring lamaran, menjadwalkan wawancara,
hingga menganalisis jawaban tes daring. Pendukungnya berpendapat bahwa mesin bisa lebih konsisten daripada manusia
yang lelah dan punya prasangka. Dalam kondisi tertentu, klaim itu bisa benar.</p>
<h2>Risiko bias yang tersembunyi</h2>
<p>Masalahnya, model belajar dari data masa lalu. Jika di masa lalu perusahaan lebih banyak merekrut dari kampus
tertentu, jenis kelamin tertentu, atau kota tertentu, model bisa mempelajari pola itu dan mengulanginya. Bias
semacam ini sulit dilihat karena tersembunyi di balik angka dan skor. Pelamar yang tersingkir pun tidak tahu
alasannya, sehingga sulit menggugat keputusan yang tidak adil.</p>
<blockquote><p>Keputusan yang memengaruhi penghidupan seseorang tidak boleh diserahkan sepenuhnya kepada sistem
yang tidak bisa menjelaskan dirinya.</p></blockquote>
<h2>Arah regulasi</h2>
<p>Di Uni Eropa, sistem AI untuk rekrutmen dan pengelolaan pekerja digolongkan berisiko tinggi sehingga wajib
memenuhi persyaratan ketat, seperti dokumentasi, pengawasan manusia, dan pengelolaan kualitas data. Di Indonesia,
pedoman etika kecerdasan artifisial menekankan prinsip transparansi dan akuntabilitas, sementara Undang-Undang
Pelindungan Data Pribadi memberi hak tertentu kepada pemilik data, termasuk terkait keputusan yang diambil
berdasarkan pemrosesan otomatis.</p>
<h2>Praktik yang bertanggung jawab bagi perusahaan</h2>
<ol>
<li>Beri tahu pelamar jika AI dipakai dalam proses seleksi, dan untuk tahap apa.</li>
<li>Pastikan selalu ada manusia yang meninjau keputusan penting, terutama penolakan di tahap akhir.</li>
<li>Uji sistem secara berkala untuk mendeteksi perbedaan hasil antarkelompok pelamar.</li>
<li>Kumpulkan data pelamar secukupnya dan hapus sesuai kebijakan retensi yang jelas.</li>
<li>Sediakan jalur bagi pelamar untuk bertanya atau meminta peninjauan ulang.</li>
</ol>
<p>Pertanyaan serupa muncul ketika AI dipakai untuk menilai karyawan yang sudah bekerja, misalnya memantau
produktivitas atau memberi skor kinerja. Pengawasan yang berlebihan bisa merusak kepercayaan dan menimbulkan
masalah privasi, sehingga tujuan dan batas pemantauan perlu disepakati secara terbuka.</p>
<h2>Tips bagi pelamar</h2>
<ul>
<li>Gunakan format CV yang sederhana dan mudah dibaca mesin, tanpa tabel atau gambar yang rumit.</li>
<li>Sesuaikan istilah dalam CV dengan deskripsi pekerjaan, tetapi tetap jujur.</li>
<li>Manfaatkan jaringan profesional dan rujukan, karena jalur ini sering melewati penyaringan otomatis.</li>
</ul>
<p>AI dalam rekrutmen tidak akan hilang. Yang bisa diperjuangkan adalah cara penggunaannya: adil, transparan, dan
tetap menempatkan manusia sebagai penentu akhir.</p>
""",
    },
    {
        "slug": DATA_QUALITY,
        "title": "Proyek AI Tersandung Data: Fondasi yang Sering Dilupakan",
        "summary": (
            "Banyak proyek AI berhenti di tahap uji coba bukan karena modelnya kurang canggih, melainkan karena datanya "
            "berantakan. Inilah mengapa data engineer kini jadi rebutan."
        ),
        "seo_description": "Mengapa banyak proyek AI gagal karena kualitas data, peran data engineer, dan praktik pengelolaan data yang perlu dibangun.",
        "section": "industri-teknologi",
        "authors": ["rina-kartikasari", "bima-prasetyo"],
        "tags": ["data", "ai", "industri"],
        "skills": ["data engineering", "SQL", "analisis data", "machine learning", "MLOps"],
        "days_ago": 38,
        "time": (14, 0),
        "related": [ANALYST_TO_ENGINEER, SKILLS_IN_DEMAND],
        "body": """
<p>Di banyak perusahaan, cerita proyek AI berjalan dengan pola serupa. Manajemen bersemangat, tim dibentuk, vendor
diundang, dan prototipe yang memukau ditampilkan dalam presentasi. Beberapa bulan kemudian, proyek itu diam-diam
berhenti. Ketika ditelusuri, penyebabnya sering kali bukan model yang kurang canggih, melainkan data yang tidak
siap.</p>
<h2>Gejala yang sering muncul</h2>
<ul>
<li>Data pelanggan tersebar di beberapa sistem dengan format dan pengenal yang berbeda-beda.</li>
<li>Kolom penting sering kosong atau diisi asal-asalan karena tidak ada yang memeriksa.</li>
<li>Definisi yang sama dipahami berbeda oleh tiap divisi, misalnya arti "pelanggan aktif".</li>
<li>Tidak ada yang tahu pasti dari mana sebuah angka berasal dan kapan terakhir diperbarui.</li>
</ul>
<p>Model machine learning belajar dari data. Jika datanya kotor, bias, atau tidak lengkap, hasilnya akan mewarisi
semua masalah itu. Dalam dunia data, prinsip ini sudah lama dikenal: sampah yang masuk, sampah pula yang
keluar.</p>
<blockquote><p>Sebelum bertanya model apa yang paling canggih, tanyakan dulu apakah data kita bisa
dipercaya.</p></blockquote>
<h2>Peran data engineer</h2>
<p>Di sinilah data engineer berperan. Mereka membangun pipeline yang mengumpulkan data dari berbagai sumber,
membersihkannya, menyatukan formatnya, dan menyimpannya di tempat yang bisa diakses dengan aman. Mereka juga
menambahkan pemeriksaan kualitas otomatis, sehingga masalah terdeteksi sebelum sampai ke laporan atau model.
Tidak heran jika kebutuhan akan data engineer tumbuh seiring meningkatnya investasi perusahaan di bidang AI.</p>
<p>Keterampilan yang dibutuhkan cukup luas: SQL yang kuat, pemrograman dengan Python, pemahaman tentang gudang data
dan pemodelan data, serta pengalaman dengan layanan cloud. Ketika model sudah berjalan di produksi, dibutuhkan pula
praktik MLOps untuk memantau apakah kinerja model menurun karena data yang berubah.</p>
<h2>Bukan hanya urusan teknis</h2>
<p>Kualitas data juga soal tata kelola. Perusahaan perlu menetapkan siapa pemilik setiap set data, definisi baku
untuk istilah penting, dan aturan akses yang sesuai dengan regulasi pelindungan data pribadi. Tanpa kesepakatan
ini, pekerjaan teknis secanggih apa pun akan terus menambal masalah yang sama.</p>
<h2>Langkah awal bagi organisasi</h2>
<ol>
<li>Pilih satu kasus penggunaan AI yang bernilai tinggi, lalu telusuri data yang dibutuhkannya dari hulu ke
hilir.</li>
<li>Tetapkan pemilik dan definisi untuk data tersebut.</li>
<li>Bangun pipeline dengan pemeriksaan kualitas otomatis dan dokumentasi yang mudah ditemukan.</li>
<li>Ukur kualitas data secara berkala dan laporkan kepada manajemen, sama seperti metrik bisnis lainnya.</li>
</ol>
<p>Fondasi data memang tidak semenarik demo AI di atas panggung. Namun perusahaan yang membangunnya dengan sabar
akan menjadi pihak yang benar-benar merasakan manfaat AI, bukan sekadar membicarakannya.</p>
""",
    },
    {
        "slug": REMOTE_ABROAD,
        "title": "Bekerja Remote untuk Perusahaan Luar Negeri: Peluang dan Jebakannya",
        "summary": (
            "Gaji dalam mata uang asing dan pengalaman internasional membuat kerja jarak jauh lintas negara menggiurkan. "
            "Namun ada soal kontrak, pajak, zona waktu, dan penipuan yang perlu dicermati."
        ),
        "seo_description": "Panduan bekerja remote untuk perusahaan luar negeri dari Indonesia: peluang, kontrak, pajak, zona waktu, dan modus penipuan.",
        "section": "startup-bisnis",
        "authors": ["bima-prasetyo"],
        "tags": ["kerja jarak jauh", "karier", "startup"],
        "skills": ["keterampilan komunikasi"],
        "days_ago": 41,
        "time": (20, 0),
        "related": [HYBRID_WORK, SKILLS_IN_DEMAND],
        "body": """
<p>Sejak pandemi, semakin banyak talenta teknologi Indonesia yang bekerja untuk perusahaan di Singapura, Australia,
Eropa, atau Amerika Serikat tanpa meninggalkan kota asalnya. Developer di Yogyakarta, desainer di Bandung, atau
analis data di Makassar kini bisa bergabung dengan tim global cukup dengan laptop dan koneksi internet yang stabil.
Daya tarik utamanya jelas: kompensasi yang sering lebih tinggi dan pengalaman bekerja dengan standar
internasional.</p>
<h2>Peluang yang terbuka</h2>
<p>Posisi yang paling sering dibuka untuk pekerja jarak jauh lintas negara antara lain pengembang perangkat lunak,
engineer data dan cloud, desainer produk, penulis teknis, serta spesialis pemasaran digital. Perusahaan rintisan
dengan tim terdistribusi cenderung lebih terbuka, karena mereka memang dirancang untuk bekerja tanpa kantor
pusat.</p>
<h2>Hal yang perlu dicermati</h2>
<ul>
<li><strong>Bentuk kontrak</strong>: banyak posisi menggunakan status kontraktor, bukan karyawan. Artinya,
tunjangan seperti asuransi kesehatan, cuti, atau jaminan sosial mungkin tidak termasuk. Ada juga perusahaan yang
memakai jasa <em>employer of record</em> sehingga Anda tercatat sebagai karyawan perusahaan perantara di
Indonesia.</li>
<li><strong>Pajak</strong>: penghasilan dari luar negeri tetap perlu dilaporkan. Pelajari kewajiban pajak Anda
dan simpan bukti pembayaran dengan rapi, atau konsultasikan dengan konsultan pajak.</li>
<li><strong>Zona waktu</strong>: rapat rutin bisa jatuh pada tengah malam. Diskusikan jam kerja yang tumpang
tindih sejak proses wawancara.</li>
<li><strong>Pembayaran</strong>: perhatikan biaya transfer dan kurs, serta pastikan jadwal pembayaran tertulis
dalam kontrak.</li>
</ul>
<blockquote><p>Tawaran kerja jarak jauh yang terlalu indah untuk menjadi kenyataan, biasanya memang bukan
kenyataan.</p></blockquote>
<h2>Waspadai penipuan</h2>
<p>Popularitas kerja jarak jauh juga dimanfaatkan penipu. Modus yang sering ditemui antara lain tawaran kerja tanpa
wawancara yang layak, permintaan membayar biaya pelatihan atau peralatan di muka, hingga permintaan data pribadi
dan rekening bank sejak awal. Selalu periksa keberadaan perusahaan, cari ulasan dari karyawan lain, dan jangan
pernah mentransfer uang untuk mendapatkan pekerjaan.</p>
<p>Dari sisi karier, pertimbangkan pula jenjang jangka panjang. Bekerja jarak jauh untuk tim di negara lain bisa
membuat Anda kurang terlihat saat ada peluang promosi. Jaga hubungan dengan atasan dan rekan melalui pertemuan
rutin, dan sesekali minta umpan balik secara langsung tentang arah perkembangan Anda.</p>
<h2>Cara meningkatkan peluang</h2>
<ol>
<li>Bangun portofolio publik yang bisa dinilai tanpa harus bertemu langsung, misalnya repositori kode, studi kasus,
atau tulisan teknis.</li>
<li>Asah keterampilan komunikasi dalam bahasa Inggris, terutama menulis dengan ringkas dan jelas.</li>
<li>Tunjukkan pengalaman bekerja secara asinkron dan mandiri.</li>
<li>Mulai dari proyek lepas berskala kecil untuk membangun reputasi dan rekomendasi.</li>
</ol>
<p>Bekerja untuk perusahaan luar negeri bisa menjadi lompatan karier yang berarti. Dengan persiapan yang matang dan
kewaspadaan yang cukup, peluang ini bisa dinikmati tanpa terjebak risiko yang tidak perlu.</p>
""",
    },
    {
        "slug": AI_PRODUCT_MANAGER,
        "title": "AI Product Manager, Peran Baru di Persimpangan Bisnis dan Model",
        "summary": (
            "Membangun produk berbasis AI berbeda dari membangun aplikasi biasa. Perusahaan kini mencari product "
            "manager yang paham data, ketidakpastian model, dan risiko etis."
        ),
        "seo_description": "Apa yang dikerjakan AI product manager, keterampilan yang dibutuhkan, dan jalur masuk bagi product manager maupun engineer.",
        "section": "startup-bisnis",
        "authors": ["rina-kartikasari"],
        "tags": ["ai", "karier", "startup", "bisnis"],
        "skills": ["AI product strategy", "product management", "machine learning", "analisis data", "berpikir kritis"],
        "days_ago": 44,
        "time": (9, 30),
        "related": [SEED_STORY, PROMPT_ENGINEERING, DATA_QUALITY],
        "body": """
<p>Dalam daftar peran yang tumbuh seiring investasi AI, AI product manager sering disebut berdampingan dengan
machine learning engineer dan data engineer. Namun, berbeda dengan peran teknis yang deskripsinya relatif jelas,
banyak orang masih bertanya: apa sebenarnya yang dikerjakan seorang AI product manager, dan apa bedanya dengan
product manager biasa?</p>
<h2>Produk yang hasilnya tidak selalu pasti</h2>
<p>Aplikasi konvensional bekerja secara deterministik: tombol yang sama menghasilkan hasil yang sama. Produk
berbasis AI tidak demikian. Model bisa benar sembilan puluh kali dan keliru sepuluh kali, dan kesalahannya sulit
diprediksi. Seorang AI product manager harus merancang produk yang tetap berguna dan aman meskipun modelnya tidak
sempurna, misalnya dengan menampilkan tingkat keyakinan, menyediakan jalan bagi pengguna untuk mengoreksi, atau
meneruskan kasus sulit kepada manusia.</p>
<h2>Tugas sehari-hari</h2>
<ul>
<li>Menentukan masalah pengguna yang memang layak diselesaikan dengan AI, bukan sekadar ikut tren.</li>
<li>Menetapkan metrik keberhasilan yang menggabungkan kualitas model dan dampak bisnis.</li>
<li>Bekerja sama dengan tim data untuk memastikan data latih tersedia, berkualitas, dan sah digunakan.</li>
<li>Menimbang biaya komputasi terhadap manfaat, karena setiap permintaan ke model besar ada harganya.</li>
<li>Mengidentifikasi risiko etis dan hukum, seperti bias, privasi, dan keamanan, sejak awal.</li>
</ul>
<blockquote><p>Product manager biasa bertanya "apa yang harus dibangun?". AI product manager juga harus bertanya "apa yang
terjadi ketika model ini salah?"</p></blockquote>
<h2>Keterampilan yang dibutuhkan</h2>
<p>Seorang AI product manager tidak harus mampu melatih model sendiri, tetapi perlu memahami dasar-dasar machine
learning: cara model belajar, cara mengevaluasinya, dan keterbatasannya. Kemampuan analisis data membantu membaca
hasil eksperimen secara mandiri. Di atas semua itu, kemampuan klasik manajemen produk tetap penting: memahami
pengguna, menyusun prioritas, dan berkomunikasi dengan banyak pihak, dari engineer hingga tim hukum.</p>
<h2>Jalur masuk</h2>
<p>Ada dua jalur yang paling umum. Pertama, product manager yang sudah berpengalaman lalu mendalami AI melalui kursus,
proyek sampingan, atau menangani fitur AI di produknya. Kedua, engineer atau data scientist yang tertarik pada sisi
bisnis dan pengguna, lalu beralih ke manajemen produk. Keduanya sama-sama valid, asalkan celah keterampilannya
ditutup dengan sadar.</p>
<ol>
<li>Ikuti kursus pengantar machine learning untuk non-engineer.</li>
<li>Bangun prototipe sederhana dengan model bahasa untuk merasakan sendiri kelebihan dan kekurangannya.</li>
<li>Tulis studi kasus tentang produk AI yang Anda kagumi atau yang gagal, lengkap dengan analisis Anda.</li>
<li>Cari kesempatan memimpin fitur AI kecil di tempat kerja sekarang.</li>
</ol>
<p>Seiring semakin banyak perusahaan menanamkan AI ke dalam produknya, kebutuhan akan orang yang mampu menjembatani
teknologi, bisnis, dan pengguna akan terus bertambah.</p>
""",
    },
    {
        "slug": "talenta-digital-di-luar-jawa-peluang-yang-belum-tergarap",
        "title": "Talenta Digital di Luar Jawa: Peluang yang Belum Tergarap",
        "summary": (
            "Kerja jarak jauh dan program pelatihan daring membuka jalan bagi talenta di luar Jawa. "
            "Draf liputan khusus yang masih menunggu data dan wawancara tambahan."
        ),
        "seo_description": "Peluang dan tantangan talenta digital di luar Pulau Jawa: infrastruktur, pelatihan, dan kerja jarak jauh.",
        "section": "industri-teknologi",
        "authors": ["dewi-anggraini"],
        "tags": ["karier", "reskilling", "kerja jarak jauh"],
        "skills": ["cloud computing", "analisis data"],
        "status": "draft",
        "body": """
<p><strong>Catatan redaksi: draf, belum siap terbit. Menunggu wawancara dengan komunitas teknologi di Makassar dan
Kupang.</strong></p>
<p>Selama ini, peta industri teknologi Indonesia didominasi Jakarta, Bandung, Yogyakarta, dan Surabaya. Namun
kerja jarak jauh dan pelatihan daring perlahan membuka jalan bagi talenta di luar Jawa. Komunitas developer
tumbuh di berbagai kota, dan sebagian anggotanya kini bekerja untuk perusahaan yang kantornya ribuan kilometer
jauhnya.</p>
<h2>Tantangan yang masih ada</h2>
<ul>
<li>Kualitas dan harga koneksi internet yang belum merata.</li>
<li>Akses ke mentor dan jaringan profesional yang terbatas.</li>
<li>Lowongan yang masih mensyaratkan kehadiran di kantor pusat.</li>
</ul>
<h2>Yang perlu dilengkapi</h2>
<p>Data jumlah peserta pelatihan digital per provinsi, kisah dua atau tiga talenta yang berhasil berkarier dari
daerah, serta tanggapan pemerintah daerah tentang rencana pembangunan infrastruktur digital.</p>
""",
    },
    {
        "slug": "membaca-tawaran-kerja-teknologi-sebelum-negosiasi-gaji",
        "title": "Sebelum Negosiasi Gaji: Cara Membaca Tawaran Kerja di Bidang Teknologi",
        "summary": (
            "Angka gaji pokok hanya sebagian dari cerita. Pelajari komponen tawaran kerja teknologi dan cara "
            "menegosiasikannya dengan percaya diri."
        ),
        "seo_description": "Memahami komponen tawaran kerja di perusahaan teknologi dan strategi negosiasi gaji yang masuk akal.",
        "section": "karier-skill",
        "authors": ["bima-prasetyo"],
        "tags": ["karier", "skill"],
        "skills": ["negosiasi", "keterampilan komunikasi"],
        "days_ahead": 3,
        "time": (9, 0),
        "body": """
<p>Menerima tawaran kerja adalah momen yang menyenangkan, tetapi juga penuh tekanan. Banyak kandidat langsung
menerima angka pertama karena takut tawaran ditarik kembali. Padahal, di industri teknologi, negosiasi yang sopan
dan berbasis data adalah hal yang wajar dan sering diharapkan.</p>
<h2>Komponen yang perlu dibaca</h2>
<ul>
<li><strong>Gaji pokok</strong> dan jadwal peninjauannya.</li>
<li><strong>Bonus</strong>: apakah pasti, bergantung pada kinerja, atau bergantung pada kinerja perusahaan?</li>
<li><strong>Opsi saham</strong>: berapa lama masa tunggunya, dan apa yang terjadi jika Anda keluar lebih
awal?</li>
<li><strong>Tunjangan</strong>: asuransi kesehatan, anggaran belajar, perangkat kerja, dan tunjangan internet
untuk kerja jarak jauh.</li>
<li><strong>Fleksibilitas</strong>: kebijakan kerja hibrida, cuti, dan jam kerja.</li>
</ul>
<h2>Persiapan sebelum bernegosiasi</h2>
<ol>
<li>Kumpulkan data kisaran gaji untuk peran dan kota yang sama dari beberapa sumber.</li>
<li>Tentukan angka ideal dan batas bawah Anda sebelum percakapan dimulai.</li>
<li>Siapkan bukti nilai Anda: proyek, sertifikasi, dan skill yang sedang dicari, seperti cloud computing atau
analisis data.</li>
</ol>
<blockquote><p>Negosiasi yang baik bukan adu menang, melainkan mencari kesepakatan yang membuat kedua pihak ingin
bekerja sama lama.</p></blockquote>
<p>Sampaikan permintaan Anda dengan sopan, jelaskan alasannya, dan beri ruang bagi perusahaan untuk menjawab.
Keterampilan komunikasi yang baik di tahap ini juga menjadi gambaran cara Anda bekerja nanti.</p>
""",
    },
]
