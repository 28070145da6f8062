"""A few readers' comments for the demo (synthetic, in French), keyed by the article's source id.

`reply_to` is the index, in the same article's list, of the comment answered.
"""

COMMENTS: dict[str, list[dict]] = {
    "courrier-1001": [
        {
            "name": "Jeanne R.",
            "email": "jeanne.r@example.org",
            "text": "Mon frère travaille au terminal nord : les primes de nuit n'ont effectivement pas bougé depuis des années.",
            "hours_ago": 4,
        },
        {
            "name": "Paul M.",
            "email": "paul.m@example.org",
            "text": "Et les produits frais, ils passent vraiment par le terminal sud ?",
            "hours_ago": 3,
        },
        {
            "name": "Jeanne R.",
            "email": "jeanne.r@example.org",
            "text": "Oui, un service minimal est assuré pour les fruits et le poisson.",
            "hours_ago": 2,
            "reply_to": 1,
        },
    ],
    "harbour-3006": [
        {
            "name": "Luca B.",
            "email": "luca.b@example.org",
            "text": "Courage aux habitants de Montesca. Le gymnase accepte-t-il les dons de couvertures ?",
            "hours_ago": 6,
        },
    ],
    "estrecho-2004": [
        {
            "name": "Aitana",
            "email": "aitana@example.org",
            "text": "Vu en avant-première : un film magnifique, et le son du vent sur les salines est inoubliable.",
            "hours_ago": 40,
        },
        {
            "name": "Henri D.",
            "email": "henri.d@example.org",
            "text": "Sait-on s'il sortira en version sous-titrée en français ?",
            "hours_ago": 30,
        },
    ],
    "harbour-3010": [
        {
            "name": "Camille T.",
            "email": "camille.t@example.org",
            "text": "Bravo à elle ! Preuve que l'astronomie amateur a encore de beaux jours devant elle.",
            "hours_ago": 100,
        },
    ],
}
