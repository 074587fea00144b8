/**
 * js-yaml's syntax errors, said in French with the usual fix. js-yaml gives the position; this
 * table gives the words an editor understands.
 */
const TRANSLATIONS: Array<[RegExp, string, string]> = [
  [
    /tab characters must not be used/i,
    "une tabulation sert d’indentation",
    "Remplacez les tabulations en début de ligne par des espaces (2 espaces par niveau)",
  ],
  [
    /duplicat(ed|ion of a) mapping key|duplicated mapping key/i,
    "ce champ est écrit deux fois dans le même bloc",
    "Gardez une seule ligne pour ce champ et supprimez l’autre",
  ],
  [
    /bad indentation of a mapping entry|deficient indentation|bad indentation of a sequence entry/i,
    "l’indentation de cette ligne ne correspond pas à celle du bloc",
    "Alignez la ligne sur les autres champs du même élément (mêmes espaces en début de ligne)",
  ],
  [
    /within a (single|double) quoted scalar/i,
    "des guillemets ouverts ne sont jamais fermés",
    "Fermez les guillemets à la fin de la valeur, ou retirez-les",
  ],
  [
    /within a flow collection|missed comma between flow collection entries/i,
    "une accolade ou un crochet n’est pas fermé, ou une virgule manque",
    "Vérifiez que chaque « { » ou « [ » a son « } » ou « ] », et que les éléments sont séparés par des virgules",
  ],
  [
    /whitespace character is expected after the key-value separator/i,
    "il manque une espace après les deux-points",
    "Écrivez « champ: valeur », avec une espace après « : »",
  ],
  [
    /multiline key may not be an implicit key|can not read a block mapping entry/i,
    "une ligne n’est ni un champ « clé: valeur » ni la suite de la valeur précédente",
    "Ajoutez « : » après le nom du champ, ou mettez la valeur entre guillemets si elle contient « : »",
  ],
  [
    /end of the stream or a document separator is expected/i,
    "le texte se poursuit là où le fichier devrait s’arrêter ou passer au champ suivant",
    "Vérifiez l’indentation et les guillemets de cette ligne et de la précédente",
  ],
  [
    /unknown escape sequence|expected hexadecimal character/i,
    "une barre oblique inverse « \\ » entre guillemets doubles n’est pas reconnue",
    "Doublez-la (« \\\\ ») ou utilisez des guillemets simples",
  ],
  [
    /non-printable characters|null byte/i,
    "le fichier contient un caractère invisible non autorisé",
    "Supprimez le caractère (souvent issu d’un copier-coller) et enregistrez le fichier en UTF-8",
  ],
];

export function translateYamlReason(reason: string): { message: string; fix: string } {
  for (const [pattern, message, fix] of TRANSLATIONS) {
    if (pattern.test(reason)) return { message: `erreur de syntaxe YAML : ${message}`, fix };
  }
  return {
    message: `erreur de syntaxe YAML (${reason})`,
    fix: "Comparez cette ligne avec un élément correct du fichier : indentation, « : » après chaque champ, guillemets fermés",
  };
}
