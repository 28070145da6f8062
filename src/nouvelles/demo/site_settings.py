"""The demo site's settings and ad slots (house ads only: no third-party code)."""

SITE_SETTINGS = {
    "name": "Nouvelles du Monde",
    "tagline": "L'actualité d'ailleurs, traduite et sourcée (site de démonstration)",
    "x_handle": "@nouvelles_demo",
    "privacy_contact": "vie-privee@nouvelles.example",
}

AD_SLOTS = [
    {
        "name": "Démo : dans l'article",
        "placement": "in_article",
        "after_paragraph": 2,
        "house_text": "Abonnez-vous à la lettre du matin : l'essentiel en cinq minutes.",
        "house_url": "https://nouvelles.example/lettre",
    },
    {
        "name": "Démo : colonne",
        "placement": "sidebar",
        "after_paragraph": 0,
        "house_text": "Vous aussi, proposez une source à la rédaction.",
        "house_url": "https://nouvelles.example/contact",
    },
]
