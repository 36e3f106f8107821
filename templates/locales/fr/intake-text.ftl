# Ce que dit l'accueil d'un fichier texte qu'il lit (un fichier CSV, un document JSON : `import::text_in`) : un
# encodage qu'il ne peut pas lire ou qu'il a seulement deviné, une ligne CSV qui ne s'aligne pas sur son en-tête, un
# document ou une valeur JSON de la mauvaise forme. Mêmes identifiants et variables que ../en/intake-text.ftl.

## Un encodage par son nom, avec l'écriture ou la région qu'il écrit ($script : un code, `none` s'il n'est pas connu).
encoding-named = { $script ->
        [central] { $name } (Europe centrale)
        [cyrillic] { $name } (cyrillique)
        [western] { $name } (Europe de l'Ouest)
        [greek] { $name } (grec)
        [turkish] { $name } (turc)
        [hebrew] { $name } (hébreu)
        [arabic] { $name } (arabe)
        [baltic] { $name } (balte)
        [vietnamese] { $name } (vietnamien)
        [thai] { $name } (thaï)
        [japanese] { $name } (japonais)
        [simplified_chinese] { $name } (chinois simplifié)
        [traditional_chinese] { $name } (chinois traditionnel)
        [korean] { $name } (coréen)
       *[none] { $name }
    }
# Comment enregistrer de nouveau un fichier en UTF-8, dans les mots de son format ($json : `yes` pour un document JSON).
encoding-how = { $json ->
        [yes] (l'encodage dans lequel s'écrit le JSON, RFC 8259)
       *[no] (« CSV UTF-8 »)
    }
encoding-utf32 = Le fichier est en UTF-32, { $json ->
        [yes] un encodage dans lequel le JSON ne s'écrit jamais
       *[no] un encodage que les tableurs n'écrivent pas
    } et que la réception ne lit pas : enregistrez-le en UTF-8 { $how } et envoyez-le de nouveau.
encoding-foreign = Le fichier n'est pas en UTF-8 et son encodage ne peut être établi avec certitude : lu comme { $encoding }, l'encodage deviné, il donne « { $word } » (ligne { $line }), un caractère d'une autre écriture dans un mot en lettres latines — il a sans doute été écrit dans un encodage ancien de lettres latines (enregistré sur un Mac, Mac OS Roman, ou sous DOS), et une erreur changerait des lettres sans un mot. Rien n'en a été lu : enregistrez-le en UTF-8 { $how } et envoyez-le de nouveau.
encoding-latin_legacy = Le fichier n'est pas en UTF-8 : il semble être en { $encoding }, qui donne « { $word } » (ligne { $line }). Les encodages anciens de lettres latines se confondent facilement (un fichier enregistré sur un Mac, ou sous DOS, se lit aussi comme l'un d'eux), et une erreur changerait des lettres sans un mot : rien n'en a été lu. Enregistrez-le en UTF-8 { $how } et envoyez-le de nouveau.
encoding-western_or_central = Le fichier n'est pas en UTF-8 et son encodage ne peut être établi avec certitude : lu comme { $western_encoding }, il donne « { $western } » (ligne { $line }), lu comme { $central_encoding }, « { $central } », et les deux ne diffèrent que par de telles lettres. Rien n'en a été lu : enregistrez-le en UTF-8 { $how } et envoyez-le de nouveau.
encoding-reading = lu comme { $encoding }, il donne « { $word } »
encoding-too_short = Le fichier n'est pas en UTF-8, et il est trop court pour que son encodage ancien soit établi avec certitude : { $readings } (ligne { $line }). Rien n'en a été lu : enregistrez-le en UTF-8 { $how } et envoyez-le de nouveau.
encoding-doubtful = Le fichier n'est pas en UTF-8 et son encodage ne peut être établi avec certitude : lu comme { $encoding }, l'encodage deviné, il donne « { $word } » (ligne { $line }), des caractères que personne ne tape à cet endroit — il a peut-être été enregistré sur un Mac (Mac OS Roman) ou dans un autre encodage ancien. Rien n'en a été lu : enregistrez-le en UTF-8 { $how } et envoyez-le de nouveau.
encoding-invalid = Le fichier n'est pas du { $encoding } valide à l'octet { $byte } (ligne { $line }, caractère { $character }) : ce texte ne peut être lu sans deviner ; enregistrez le fichier en UTF-8 { $how } et envoyez-le de nouveau.
encoding-invalid_part = Le fichier n'est pas du { $encoding } valide à l'octet { $byte } (ligne { $line }, caractère { $character }) : ce texte ne peut être lu sans deviner ; une partie du fichier a été enregistrée dans un autre encodage ; enregistrez tout le fichier en UTF-8 { $how } et envoyez-le de nouveau.
encoding-guessed = Le fichier n'est pas en UTF-8 : il a été lu comme { $encoding }. Vérifiez que ses lettres accentuées et ses noms se lisent comme ils ont été écrits ; sinon, enregistrez-le de nouveau en « CSV UTF-8 ».
encoding-guessed_by_countries = Le fichier n'est pas en UTF-8 : il a été lu comme { $encoding }, l'encodage des pays qu'il déclare. Vérifiez que ses lettres accentuées et ses noms se lisent comme ils ont été écrits ; sinon, enregistrez-le de nouveau en « CSV UTF-8 ».
encoding-json_guessed = Le document JSON n'est pas en UTF-8 : il semble être en { $encoding }, une supposition qui peut changer des lettres sans un mot. Le JSON s'écrit en UTF-8 (RFC 8259) : enregistrez-le en UTF-8 et envoyez-le de nouveau.

## Les lignes d'un fichier CSV. $sep est le séparateur du fichier : `semicolon`, `tab`, `bar` ou `comma`.
csv_line-unreadable = Cette ligne CSV est illisible (le fichier est lu avec des { $sep ->
        [semicolon] points-virgules
        [tab] tabulations
        [bar] barres verticales
       *[comma] virgules
    } entre les valeurs).
csv_line-other_separator = La ligne { $line } du fichier sépare ses valeurs par des { $other ->
        [semicolon] points-virgules
        [tab] tabulations
        [bar] barres verticales
       *[comma] virgules
    }, alors que le fichier utilise des { $sep ->
        [semicolon] points-virgules
        [tab] tabulations
        [bar] barres verticales
       *[comma] virgules
    } : toute la ligne tient dans une seule cellule. Écrivez-la avec des { $sep ->
        [semicolon] points-virgules
        [tab] tabulations
        [bar] barres verticales
       *[comma] virgules
    } comme les autres lignes et envoyez le fichier de nouveau.
csv_line-too_few = La ligne { $line } du fichier a { $count } { $count ->
        [one] champ
       *[other] champs
    } alors que l'en-tête en a { $width } : ses dernières valeurs seraient lues vides, ou ses valeurs sont décalées. Donnez à la ligne une valeur (même vide) pour chaque colonne, séparées par des { $sep ->
        [semicolon] points-virgules
        [tab] tabulations
        [bar] barres verticales
       *[comma] virgules
    }, et envoyez le fichier de nouveau.
csv_line-too_many = La ligne { $line } du fichier a { $count } { $count ->
        [one] champ
       *[other] champs
    } alors que l'en-tête en a { $width } : une valeur après le dernier champ de l'en-tête n'appartient à aucune colonne et serait perdue, ou les valeurs de la ligne sont décalées (une valeur qui contient { $sep ->
        [semicolon] un point-virgule
        [tab] une tabulation
        [bar] une barre verticale
       *[comma] une virgule
    } doit être entre guillemets). Corrigez la ligne et envoyez le fichier de nouveau.
csv_line-form_too_many = La ligne { $line } du fichier a { $count } { $count ->
        [one] champ
       *[other] champs
    } alors qu'une ligne du formulaire tient une étiquette et sa valeur : les valeurs après la deuxième n'appartiennent à aucun champ et seraient perdues. Une valeur qui contient un séparateur du fichier ({ $sep ->
        [semicolon] points-virgules
        [tab] tabulations
        [bar] barres verticales
       *[comma] virgules
    }) doit être entre guillemets ("Cordages Nordiques, Inc."). Corrigez la ligne et envoyez le fichier de nouveau.
csv_line-open_quote = Le guillemet qui ouvre cette valeur (ligne { $line } du fichier) n'est jamais fermé : le reste du fichier serait lu comme cette seule valeur. Fermez-le, ou écrivez un guillemet dans une valeur en le doublant (""), et envoyez le fichier de nouveau.

## Un document JSON et ses valeurs.
json_doc-list_too_long = Une liste contient plus de { $count } { $count ->
        [one] élément
       *[other] éléments
    }
json_doc-object_too_large = Un objet contient plus de { $count } { $count ->
        [one] clé
       *[other] clés
    }
json_doc-too_many_entries = « { $key } » compte plus de { $count } { $count ->
        [one] entrée
       *[other] entrées
    } ; au plus autant sont acceptées
json_doc-at = { $message } (ligne { $line }, colonne { $column })
json_doc-not_an_object = Le document JSON doit être un objet avec les clés { $supplier }, { $attestations } et { $places }
json_doc-not_finite = { $token } à la ligne { $line }, colonne { $column }, n'est pas un nombre en JSON : omettez la valeur (ou écrivez null) lorsqu'elle est inconnue
json_doc-unreadable = Le document JSON est illisible à la ligne { $line }, colonne { $column } : { $reason ->
        [nested] le document est imbriqué trop profondément
        [escape] une séquence d'échappement \u n'est pas un caractère valide
        [eof] le document s'arrête avant sa fin
        [trailing_comma] une virgule précède la fin d'une liste ou d'un objet
        [control] un caractère de contrôle figure dans une chaîne
        [key] une clé doit être une chaîne entre guillemets
        [range] un nombre dépasse ce qu'un nombre JSON peut valoir
        [number] un nombre est mal écrit
        [trailing] du texte suit la fin du document
        [colon] il manque un deux-points après une clé
        [comma] il manque une virgule entre deux valeurs
        [value] une valeur manque ou est mal écrite (le texte va entre guillemets)
       *[other] la syntaxe n'est pas celle du JSON
    }
json_doc-entry_not_object = Chaque entrée doit être un objet
json_doc-supplier_not_object = « { $key } » doit être un objet des champs du fournisseur : { $example }
json_doc-not_a_list = « { $key } » doit être une liste d'objets, un par entrée : [{"{"}…{"}"}, {"{"}…{"}"}]
json_doc-key_twice = La clé « { $key } » figure deux fois dans cet objet : n'en gardez qu'une
json_doc-two_spellings = Les clés « { $first } » et « { $second } » donnent toutes deux { $field } dans cet objet : n'en gardez qu'une
# Ce qu'est une valeur JSON telle qu'écrite ($written : sa forme ; $shown : la valeur).
json_value-written = { $written ->
        [number] un nombre ({ $shown })
        [text] un texte ({ $shown })
        [list] une liste ({ $shown })
        [object] un objet ({ $shown })
       *[other] { $shown }
    }
json_value-inexact_number = « { $field } » contient le nombre { $shown }, qui { $why ->
        [range] dépasse le plus grand nombre qui puisse être lu (environ 1,8 × 10³⁰⁸)
       *[digits] a plus de chiffres significatifs qu'il n'est possible d'en lire exactement (un nombre en garde environ 15)
    } : la valeur lue ne serait pas celle qui est écrite. Écrivez-le avec moins de chiffres, ou entre guillemets droits s'il s'agit d'un identifiant plutôt que d'une quantité.
json_value-item_not_text = Chaque élément de « { $field } » est un texte entre guillemets droits en JSON, et cet élément est { $written } : écrivez-le comme texte ({ $as_text }).
json_value-wrong_shape = « { $field } » est { $shape ->
        [number] un nombre, sans guillemets
        [boolean] true ou false, sans guillemets
        [list] une liste de textes, comme ["S1", "S2"] (ou un texte, { $one_text })
        [answer] true ou false, ou un nombre de niveaux
       *[text] un texte entre guillemets droits
    } en JSON, et cette valeur est { $written } : { $shape ->
        [number] écrivez le nombre lui-même, sans guillemets ni crochets, ou null s'il est inconnu
        [boolean] écrivez true ou false, sans guillemets, ou null s'il n'y a pas de réponse
        [list] écrivez une liste de textes, même d'un seul élément (["S1"]), ou [] s'il n'y en a aucun
        [answer] écrivez true ou false pour une question fermée, un nombre pour les niveaux retracés
       *[text] écrivez la valeur entre guillemets droits
    }.
