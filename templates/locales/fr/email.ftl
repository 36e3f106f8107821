# Les messages envoyés à un fournisseur quand quelque chose l'attend (`cases::messages`) : objets et corps en texte
# brut, leurs dates en toutes lettres. Mêmes identifiants et variables que ../en/email.ftl (un test le vérifie).

email-notice-subject = Avis { $number } — contrat { $contract } : répondre d'ici le { $respond_by }
email-notice-body =
    Un avis vous a été envoyé le { $sent_on } dans le dossier de conformité nº { $case } (contrat { $contract }) : « { $subject } ».

    Vous pouvez le lire et y répondre jusqu'au { $respond_by } inclusivement, sur la page du dossier.
email-decision-subject = Décision — contrat { $contract } : { $outcome ->
    [continue] le contrat se poursuit
    [remediate] mesures correctives
    [stop_work] arrêt des travaux
    [terminate_for_default] résiliation pour manquement
   *[terminate_by_mutual_consent] résiliation d'un commun accord
}
email-decision-body =
    Une décision a été consignée dans le dossier de conformité nº { $case } (contrat { $contract }) : { $outcome ->
        [continue] le contrat se poursuit
        [remediate] mesures correctives
        [stop_work] arrêt des travaux
        [terminate_for_default] résiliation pour manquement
       *[terminate_by_mutual_consent] résiliation d'un commun accord
    }.

    Ses motifs figurent sur la page du dossier.
email-request-subject = Demande de renseignements — invitation { $solicitation } : répondre d'ici le { $respond_by }
email-request-body =
    L'agent d'approvisionnement vous demande des renseignements ou des précisions sur votre soumission à l'invitation { $solicitation } : « { $subject } ».

    Vous pouvez répondre jusqu'au { $respond_by } inclusivement, par une réponse écrite ou une nouvelle déclaration.
email-screening_alerts-subject = Filtrage : { $count ->
    [one] une nouvelle alerte
   *[other] { $count } nouvelles alertes
} sur { $list }
email-screening_alerts-body_edition =
    Une nouvelle édition de { $list } a été comparée à toutes les déclarations au dossier : { $count ->
        [one] une nouvelle correspondance attend
       *[other] { $count } nouvelles correspondances attendent
    } la décision d'un agent.

    Chaque correspondance nomme l'entrée de la liste, la partie visée et pourquoi, ainsi que les soumissions, contrats et dossiers ouverts qu'elle touche, sur la page des alertes. Une correspondance confirmée sur une liste de travail forcé rend critique le risque de travail forcé du lieu ; une correspondance écartée n'est plus soumise pour la même entrée.

    Vous pouvez ne plus recevoir ces courriels depuis la page de votre compte (Mon compte).
email-screening_alerts-body_intake =
    La déclaration nº { $declaration } de { $supplier }, qui vient d'être reçue, a été comparée à { $list } : { $count ->
        [one] une nouvelle correspondance attend
       *[other] { $count } nouvelles correspondances attendent
    } la décision d'un agent.

    Chaque correspondance nomme l'entrée de la liste, la partie visée et pourquoi, ainsi que la soumission qu'elle touche, sur la page des alertes.

    Vous pouvez ne plus recevoir ces courriels depuis la page de votre compte (Mon compte).
# Ce que dit un message dans les deux langues avant son texte français.
email-french_follows = (Le français suit l'anglais.)
email-open = Ouvrir : { $link }
email-open_both = Open / Ouvrir : { $link }
