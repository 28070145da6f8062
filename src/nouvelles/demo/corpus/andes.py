"""La Voz de los Andes (es): ten articles with our French versions.

Synthetic text written for the nouvelles demo. `andes-4003` runs the same
agency dispatch as `estrecho-2006`, almost word for word (near-duplicate).
"""

ARTICLES = [
    {
        "id": "andes-4001",
        "event": "port-strike",
        "path": "economia/2026/valmare-huelga-exportadores",
        "section": "Economía",
        "author": "Mateo Quispe",
        "hours_ago": 3,
        "tags": ["Valmare", "grève", "café"],
        "image": {
            "motif": "cranes",
            "alt": "Contenedores apilados en un puerto",
            "caption": "Parte del café de la cordillera sale por Valmare.",
            "credit": "Ilustración La Voz de los Andes",
        },
        "original": {
            "title": "La huelga en Valmare preocupa a los exportadores de café de la cordillera",
            "lead": "Cerca de 300 contenedores de café esperan en el puerto. Las cooperativas temen perder contratos si el paro dura más de una semana.",
            "blocks": [
                (
                    "p",
                    "El café de altura se embarca casi siempre por Valmare, el puerto más cercano con líneas directas a Europa.",
                ),
                (
                    "quote",
                    "Un contenedor parado es una cosecha entera de una familia.",
                    "Rosario Huamán",
                ),
                (
                    "p",
                    "Las cooperativas estudian enviar parte de la carga por carretera hasta Port-Estève.",
                ),
            ],
        },
        "fr": {
            "title": "La grève à Valmare inquiète les exportateurs de café de la cordillère",
            "lead": "Près de 300 conteneurs de café attendent au port. Les coopératives craignent de perdre des contrats si l'arrêt dure plus d'une semaine.",
            "blocks": [
                (
                    "p",
                    "Le café d'altitude est presque toujours embarqué à Valmare, le port le plus proche disposant de lignes directes vers l'Europe.",
                ),
                (
                    "quote",
                    "Un conteneur bloqué, c'est toute la récolte d'une famille.",
                    "Rosario Huamán",
                ),
                (
                    "p",
                    "Les coopératives envisagent d'acheminer une partie de la marchandise par la route jusqu'à Port-Estève.",
                ),
            ],
            "image_alt": "Des conteneurs empilés dans un port",
            "image_caption": "Une partie du café de la cordillère part de Valmare.",
        },
    },
    {
        "id": "andes-4002",
        "event": "film-festival",
        "path": "cultura/2026/las-horas-de-sal-sorrenza",
        "section": "Cultura",
        "author": "Valentina Ruiz",
        "hours_ago": 42,
        "tags": ["cinéma", "festival de Sorrenza"],
        "image": {
            "motif": "film",
            "alt": "Una cámara de cine antigua",
            "caption": "El rodaje duró dos veranos.",
            "credit": "Ilustración La Voz de los Andes",
        },
        "original": {
            "title": "Amaia Ortuzar: «Rodamos cuando el viento lo permitía»",
            "lead": "La directora de «Las horas de sal», premiada en Sorrenza, cuenta cómo filmó en unas salinas que ella misma ayudó a recuperar.",
            "blocks": [
                (
                    "p",
                    "El rodaje se extendió durante dos veranos porque las escenas dependían del viento y de la evaporación.",
                ),
                ("quote", "La sal no se da prisa, así que nosotras tampoco.", "Amaia Ortuzar"),
                ("h", "Un reparto del pueblo"),
                ("p", "Las tres protagonistas trabajan en las salinas y nunca habían actuado."),
            ],
        },
        "fr": {
            "title": "Amaia Ortuzar : « Nous tournions quand le vent le permettait »",
            "lead": "La réalisatrice des « Heures de sel », primée à Sorrenza, raconte comment elle a filmé dans des salines qu'elle a elle-même aidé à remettre en état.",
            "blocks": [
                (
                    "p",
                    "Le tournage s'est étalé sur deux étés, car les scènes dépendaient du vent et de l'évaporation.",
                ),
                ("quote", "Le sel ne se presse pas, alors nous non plus.", "Amaia Ortuzar"),
                ("h", "Une distribution du village"),
                (
                    "p",
                    "Les trois actrices principales travaillent dans les salines et n'avaient jamais joué.",
                ),
            ],
            "image_alt": "Une caméra de cinéma ancienne",
            "image_caption": "Le tournage a duré deux étés.",
        },
    },
    {
        "id": "andes-4003",
        "event": "river-flood",
        "path": "mundo/2026/rio-arda-crecida-montesca",
        "section": "Mundo",
        "author": "Agencia Meridiana",
        "hours_ago": 8,
        "tags": ["inondations", "Arda", "climat"],
        "image": {
            "motif": "rain",
            "alt": "Un río desbordado bajo la lluvia",
            "caption": "El Arda superó en 2,6 metros su nivel habitual.",
            "credit": "Ilustración Agencia Meridiana",
        },
        "original": {
            "title": "Evacuadas 3.400 personas en Montesca por la crecida del río Arda",
            "lead": "Tras cuatro días de lluvias ininterrumpidas, el río se desbordó durante la noche. No hay víctimas.",
            "blocks": [
                (
                    "p",
                    "Los barrios bajos de Montesca fueron desalojados hacia el polideportivo y dos colegios. Los servicios de emergencia realizaron más de 200 rescates en barca.",
                ),
                (
                    "quote",
                    "Despertamos a los vecinos puerta por puerta; todos salieron a tiempo.",
                    "Giulia Ferraz",
                ),
                (
                    "p",
                    "No se espera que el nivel del agua baje antes del jueves, según el servicio de previsión.",
                ),
            ],
        },
        "fr": {
            "title": "3 400 habitants évacués à Montesca après la crue de l'Arda",
            "lead": "Après quatre jours de pluies ininterrompues, la rivière a débordé dans la nuit. Il n'y a pas de victimes.",
            "blocks": [
                (
                    "p",
                    "Les quartiers bas de Montesca ont été évacués vers le gymnase et deux écoles. Les secours ont effectué plus de 200 sauvetages en barque.",
                ),
                (
                    "quote",
                    "Nous avons réveillé les habitants porte à porte ; tout le monde est parti à temps.",
                    "Giulia Ferraz",
                ),
                (
                    "p",
                    "Le niveau de l'eau ne devrait pas baisser avant jeudi, selon le service de prévision.",
                ),
            ],
            "image_alt": "Une rivière en crue sous la pluie",
            "image_caption": "L'Arda a dépassé de 2,6 mètres son niveau habituel.",
        },
    },
    {
        "id": "andes-4004",
        "event": "solar-farm",
        "path": "ciencia/2026/planta-solar-flotante-santa-irene",
        "section": "Ciencia",
        "author": "Mateo Quispe",
        "hours_ago": 82,
        "tags": ["énergie solaire", "énergie"],
        "image": {
            "motif": "sun",
            "alt": "Paneles solares flotando sobre un embalse",
            "caption": "La planta ocupa un octavo del embalse de Santa Irene.",
            "credit": "Ilustración La Voz de los Andes",
        },
        "original": {
            "title": "Entra en servicio la mayor planta solar flotante de los Andes",
            "lead": "Los 96.000 paneles del embalse de Santa Irene producirán 48 megavatios y reducirán la evaporación del agua.",
            "blocks": [
                (
                    "p",
                    "Los flotadores están hechos de plástico reciclado. La operadora, Helios Andina, prevé una segunda fase en 2028.",
                ),
                (
                    "quote",
                    "Un embalse cubierto guarda su agua: es un doble beneficio para los agricultores del valle.",
                    "Rodrigo Salcedo",
                ),
                ("p", "La planta abastecerá a unos 60.000 habitantes."),
            ],
        },
        "fr": {
            "title": "La plus grande centrale solaire flottante des Andes entre en service",
            "lead": "Les 96 000 panneaux du réservoir de Santa Irene produiront 48 mégawatts et réduiront l'évaporation de l'eau.",
            "blocks": [
                (
                    "p",
                    "Les flotteurs sont en plastique recyclé. L'exploitant, Helios Andina, prévoit une deuxième phase en 2028.",
                ),
                (
                    "quote",
                    "Un réservoir couvert garde son eau : c'est un double bénéfice pour les agriculteurs de la vallée.",
                    "Rodrigo Salcedo",
                ),
                ("p", "La centrale alimentera environ 60 000 habitants."),
            ],
            "image_alt": "Des panneaux solaires flottant sur un réservoir",
            "image_caption": "La centrale occupe un huitième du réservoir de Santa Irene.",
        },
    },
    {
        "id": "andes-4005",
        "event": "water-summit",
        "path": "mundo/2026/cumbre-agua-cordova-regantes",
        "section": "Mundo",
        "author": "Valentina Ruiz",
        "hours_ago": 24,
        "tags": ["eau", "diplomatie", "agriculture"],
        "image": {
            "motif": "fields",
            "alt": "Campos de cultivo en terrazas junto a un río",
            "caption": "Los regantes del valle alto consumen la mitad del agua del Arda.",
            "credit": "Ilustración La Voz de los Andes",
        },
        "original": {
            "title": "Los regantes del valle alto, entre el alivio y la inquietud tras el acuerdo de Cordova",
            "lead": "El pacto firmado por cinco regiones obliga a reducir un 20 % el agua de riego de aquí a 2040. Los agricultores piden ayudas para modernizar sus canales.",
            "blocks": [
                (
                    "p",
                    "En el valle alto se riega todavía por inundación en muchas parcelas, un método que pierde buena parte del agua.",
                ),
                (
                    "quote",
                    "Estamos dispuestos a gastar menos agua, pero alguien tendrá que pagar el goteo.",
                    "Emilio Cusi",
                ),
                ("h", "Lo que pide el sector"),
                (
                    "list",
                    [
                        "ayudas para el riego por goteo",
                        "un calendario realista",
                        "voz en la comisión común",
                    ],
                ),
            ],
        },
        "fr": {
            "title": "Les irrigants de la haute vallée entre soulagement et inquiétude après l'accord de Cordova",
            "lead": "Le pacte signé par cinq régions impose de réduire de 20 % l'eau d'irrigation d'ici à 2040. Les agriculteurs demandent des aides pour moderniser leurs canaux.",
            "blocks": [
                (
                    "p",
                    "Dans la haute vallée, de nombreuses parcelles sont encore irriguées par submersion, une méthode qui perd une bonne partie de l'eau.",
                ),
                (
                    "quote",
                    "Nous sommes prêts à consommer moins d'eau, mais il faudra bien que quelqu'un paie le goutte-à-goutte.",
                    "Emilio Cusi",
                ),
                ("h", "Ce que demande la profession"),
                (
                    "list",
                    [
                        "des aides pour l'irrigation au goutte-à-goutte",
                        "un calendrier réaliste",
                        "une voix dans la commission commune",
                    ],
                ),
            ],
            "image_alt": "Des cultures en terrasses au bord d'une rivière",
            "image_caption": "Les irrigants de la haute vallée consomment la moitié de l'eau de l'Arda.",
        },
    },
    {
        "id": "andes-4006",
        "event": "monastery-manuscripts",
        "path": "cultura/2026/manuscritos-san-telmo",
        "section": "Cultura",
        "author": "Valentina Ruiz",
        "hours_ago": 98,
        "tags": ["patrimoine", "livres", "histoire"],
        "image": {
            "motif": "book",
            "alt": "Un manuscrito iluminado abierto",
            "caption": "Los volúmenes estaban envueltos en lino.",
            "credit": "Ilustración La Voz de los Andes",
        },
        "original": {
            "title": "Aparecen 37 manuscritos medievales tras un tabique del monasterio de San Telmo",
            "lead": "Los obreros que aislaban la biblioteca notaron que una pared sonaba hueca. Detrás había volúmenes del siglo XII.",
            "blocks": [
                (
                    "p",
                    "Entre los textos hay tratados de medicina, un herbario y registros de peajes de los pasos de montaña.",
                ),
                (
                    "quote",
                    "Los registros de peajes nos dirán quién cruzaba la montaña y con qué mercancías.",
                    "Rosa Mendieta",
                ),
                (
                    "image",
                    "Detalle de una página del herbario.",
                    "leaf",
                    "Dibujo de una planta en un pergamino",
                    "Ilustración La Voz de los Andes",
                ),
                ("p", "Serán digitalizados antes de cualquier restauración."),
            ],
        },
        "fr": {
            "title": "Trente-sept manuscrits médiévaux découverts derrière une cloison du monastère de San Telmo",
            "lead": "Les ouvriers qui isolaient la bibliothèque ont remarqué qu'un mur sonnait creux. Derrière se trouvaient des volumes du XIIe siècle.",
            "blocks": [
                (
                    "p",
                    "Parmi les textes figurent des traités de médecine, un herbier et des registres de péages des cols de montagne.",
                ),
                (
                    "quote",
                    "Les registres de péages nous diront qui franchissait la montagne, et avec quelles marchandises.",
                    "Rosa Mendieta",
                ),
                (
                    "image",
                    "Détail d'une page de l'herbier.",
                    "leaf",
                    "Dessin d'une plante sur un parchemin",
                    "Illustration La Voz de los Andes",
                ),
                ("p", "Ils seront numérisés avant toute restauration."),
            ],
            "image_alt": "Un manuscrit enluminé ouvert",
            "image_caption": "Les volumes étaient enveloppés dans du lin.",
        },
    },
    {
        "id": "andes-4007",
        "event": "cycling-stage",
        "path": "deportes/2026/cardenas-paso-alto",
        "section": "Deportes",
        "author": "Diego Mamani",
        "hours_ago": 13,
        "tags": ["cyclisme", "Tour de la Cordillère"],
        "image": {
            "motif": "mountains",
            "alt": "Una carretera de curvas hacia un puerto nevado",
            "caption": "La meta estaba a 4.100 metros de altitud.",
            "credit": "Ilustración La Voz de los Andes",
        },
        "original": {
            "title": "Julián Cárdenas conquista el Paso Alto y se viste de líder en la Vuelta a la Cordillera",
            "lead": "El escalador local atacó a seis kilómetros de la meta, ante miles de vecinos que subieron a pie hasta la cima.",
            "blocks": [
                ("p", "La séptima etapa terminaba con 24 kilómetros de subida al 6 % de media."),
                (
                    "quote",
                    "Allá arriba falta el aire, así que se pedalea con la cabeza.",
                    "Julián Cárdenas",
                ),
                ("p", "Aventaja en 48 segundos al vigente campeón en la clasificación general."),
            ],
        },
        "fr": {
            "title": "Julián Cárdenas conquiert le Paso Alto et prend la tête du Tour de la Cordillère",
            "lead": "Le grimpeur local a attaqué à six kilomètres de l'arrivée, devant des milliers d'habitants montés à pied jusqu'au sommet.",
            "blocks": [
                (
                    "p",
                    "La septième étape se terminait par 24 kilomètres de montée à 6 % de moyenne.",
                ),
                (
                    "quote",
                    "Là-haut, l'air manque, alors on pédale avec la tête.",
                    "Julián Cárdenas",
                ),
                ("p", "Il devance de 48 secondes le tenant du titre au classement général."),
            ],
            "image_alt": "Une route en lacets vers un col enneigé",
            "image_caption": "L'arrivée était jugée à 4 100 mètres d'altitude.",
        },
    },
    {
        "id": "andes-4008",
        "event": "andes-coffee",
        "path": "economia/2026/cosecha-cafe-precios",
        "section": "Economía",
        "author": "Mateo Quispe",
        "hours_ago": 120,
        "tags": ["café", "agriculture"],
        "image": {
            "motif": "fields",
            "alt": "Cafetales en una ladera",
            "caption": "La cosecha se recoge a mano entre mayo y septiembre.",
            "credit": "Ilustración La Voz de los Andes",
        },
        "original": {
            "title": "Una cosecha de café corta pero de calidad dispara los precios en origen",
            "lead": "La producción cae un 12 % por la sequía, pero las cooperativas cobran un 30 % más por saco que el año pasado.",
            "blocks": [
                (
                    "p",
                    "Los cafetales por encima de 1.800 metros resistieron mejor la falta de lluvia.",
                ),
                (
                    "quote",
                    "Hemos vendido menos sacos, pero por primera vez en años la cuenta sale.",
                    "Rosario Huamán",
                ),
                (
                    "list",
                    [
                        "Producción: -12 %",
                        "Precio por saco: +30 %",
                        "Exportaciones a Europa: 70 % del total",
                    ],
                ),
            ],
        },
        "fr": {
            "title": "Une récolte de café réduite mais de qualité fait flamber les prix à la production",
            "lead": "La production recule de 12 % à cause de la sécheresse, mais les coopératives touchent 30 % de plus par sac que l'an dernier.",
            "blocks": [
                (
                    "p",
                    "Les caféiers situés au-dessus de 1 800 mètres ont mieux résisté au manque de pluie.",
                ),
                (
                    "quote",
                    "Nous avons vendu moins de sacs, mais pour la première fois depuis des années, les comptes sont bons.",
                    "Rosario Huamán",
                ),
                (
                    "list",
                    [
                        "Production : -12 %",
                        "Prix du sac : +30 %",
                        "Exportations vers l'Europe : 70 % du total",
                    ],
                ),
            ],
            "image_alt": "Des caféiers sur un versant",
            "image_caption": "La récolte se fait à la main entre mai et septembre.",
        },
    },
    {
        "id": "andes-4009",
        "event": "andes-observatory",
        "path": "ciencia/2026/observatorio-cerro-blanco",
        "section": "Ciencia",
        "author": "Diego Mamani",
        "hours_ago": 160,
        "tags": ["astronomie", "recherche"],
        "image": {
            "motif": "stars",
            "alt": "La cúpula de un observatorio bajo un cielo estrellado",
            "caption": "El cielo de Cerro Blanco es uno de los más oscuros del continente.",
            "credit": "Ilustración La Voz de los Andes",
        },
        "original": {
            "title": "El observatorio de Cerro Blanco abrirá sus noches a los escolares",
            "lead": "Cada mes, dos clases de la región podrán pasar una noche observando con el telescopio de 1,2 metros.",
            "blocks": [
                (
                    "p",
                    "El programa incluye un taller sobre contaminación lumínica y la protección del cielo nocturno.",
                ),
                (
                    "quote",
                    "Muchos niños de aquí nunca han mirado por un telescopio teniendo el mejor cielo del mundo encima.",
                    "Lucía Condori",
                ),
                ("p", "Las inscripciones se abren en marzo."),
            ],
        },
        "fr": {
            "title": "L'observatoire de Cerro Blanco ouvrira ses nuits aux écoliers",
            "lead": "Chaque mois, deux classes de la région pourront passer une nuit à observer avec le télescope de 1,2 mètre.",
            "blocks": [
                (
                    "p",
                    "Le programme comprend un atelier sur la pollution lumineuse et la protection du ciel nocturne.",
                ),
                (
                    "quote",
                    "Beaucoup d'enfants d'ici n'ont jamais regardé dans un télescope alors qu'ils ont le plus beau ciel du monde au-dessus de la tête.",
                    "Lucía Condori",
                ),
                ("p", "Les inscriptions ouvrent en mars."),
            ],
            "image_alt": "La coupole d'un observatoire sous un ciel étoilé",
            "image_caption": "Le ciel de Cerro Blanco est l'un des plus sombres du continent.",
        },
    },
    {
        "id": "andes-4010",
        "event": "andes-folk-album",
        "path": "cultura/2026/disco-charango-nuevas-voces",
        "section": "Cultura",
        "author": "Valentina Ruiz",
        "hours_ago": 190,
        "tags": ["musique"],
        "image": {
            "motif": "music",
            "alt": "Un charango y notas musicales dibujadas",
            "caption": "El disco se grabó en una sola semana en un antiguo cine.",
            "credit": "Ilustración La Voz de los Andes",
        },
        "original": {
            "title": "«Nuevas voces del charango» reúne a doce intérpretes menores de 25 años",
            "lead": "El disco, grabado en un antiguo cine de la ciudad, mezcla canciones tradicionales y composiciones propias.",
            "blocks": [
                ("p", "La mitad de los temas están cantados en quechua."),
                (
                    "quote",
                    "Queríamos demostrar que el charango no es un instrumento de museo.",
                    "Nayra Apaza",
                ),
                ("p", "La presentación será el sábado en la plaza mayor, con entrada libre."),
            ],
        },
        "fr": {
            "title": "« Nouvelles voix du charango » réunit douze interprètes de moins de 25 ans",
            "lead": "L'album, enregistré dans un ancien cinéma de la ville, mêle chansons traditionnelles et compositions originales.",
            "blocks": [
                ("p", "La moitié des morceaux sont chantés en quechua."),
                (
                    "quote",
                    "Nous voulions montrer que le charango n'est pas un instrument de musée.",
                    "Nayra Apaza",
                ),
                (
                    "p",
                    "Le concert de présentation aura lieu samedi sur la grand-place, entrée libre.",
                ),
            ],
            "image_alt": "Un charango et des notes de musique dessinés",
            "image_caption": "L'album a été enregistré en une seule semaine dans un ancien cinéma.",
        },
    },
]
