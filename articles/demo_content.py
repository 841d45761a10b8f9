"""The demo newsroom's texts, loaded by `articles.demo.seed()`.

Plain data only. Each article names its section and authors by slug; `days_ago` (or `days_ahead`)
and `time` fix its publish time relative to the first seeding run. `skills` lists skill names or
slugs that are linked when the careers data has them. `related` lists editor-picked related reads.
"""

SECTIONS = [
    {
        "slug": "ai-otomasi",
        "name": "AI & Otomasi",
        "order": 1,
        "description": "Kecerdasan buatan, otomasi, dan cara keduanya mengubah pekerjaan sehari-hari.",
        "colors": ("#4338ca", "#06b6d4"),
        "color_words": "nila dan biru toska",
    },
    {
        "slug": "karier-skill",
        "name": "Karier & Skill",
        "order": 2,
        "description": "Skill yang dicari, jalur belajar ulang, dan langkah praktis untuk membangun karier teknologi.",
        "colors": ("#047857", "#a3e635"),
        "color_words": "hijau zamrud dan hijau limau",
    },
    {
        "slug": "industri-teknologi",
        "name": "Industri Teknologi",
        "order": 3,
        "description": "Perusahaan teknologi, restrukturisasi, infrastruktur, dan arah industri di Indonesia dan dunia.",
        "colors": ("#1e3a8a", "#7c3aed"),
        "color_words": "biru tua dan ungu",
    },
    {
        "slug": "startup-bisnis",
        "name": "Startup & Bisnis",
        "order": 4,
        "description": "Ekosistem startup, strategi bisnis digital, UMKM, dan cara kerja baru di perusahaan.",
        "colors": ("#c2410c", "#facc15"),
        "color_words": "jingga dan kuning",
    },
    {
        "slug": "kebijakan-regulasi",
        "name": "Kebijakan & Regulasi",
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
        "tags": ["reskilling", "pelatihan", "karier", "skill"],
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
        "tags": ["ai", "software", "produktivitas", "karier"],
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
]
