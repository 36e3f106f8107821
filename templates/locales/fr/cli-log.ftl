# Ce qu'une commande dit sur la sortie d'erreur à côté de sa réponse (`telemetry::init_command`) : un événement du
# journal qui nomme ici son message (`said = "cli_log.…"`) est dit dans la langue de la ligne de commande ; le journal
# du service garde l'anglais de l'événement. `{ $error }` est la cause dans les mots de la bibliothèque en échec.

cli_log-warning = avertissement : { $message }
cli_log-analyze_failed = les statistiques de la base n'ont pas été rafraîchies après l'importation (échec d'ANALYZE) : les déclarations sont enregistrées, mais les requêtes peuvent être lentes jusqu'à ce que l'autovacuum de PostgreSQL les rafraîchisse. Cause : { $error }
cli_log-rollback_failed = l'annulation d'une écriture échouée a échoué ; la base l'annule à la fermeture de la connexion, et rien n'en est enregistré. Cause : { $error }
cli_log-vacuum_failed = le fichier de la base garde la place des lignes de sites que la mise à niveau a supprimées (échec de VACUUM) : il est complet et juste, seulement plus gros. Cause : { $error }
cli_log-bid_spellings = un fournisseur a soumissionné sous plusieurs graphies de l'appel d'offres { $solicitation } ({ $spellings }) : elles restent distinctes
cli_log-screening_failed = la déclaration { $declaration } est enregistrée, mais elle n'a pas été filtrée par rapport aux listes d'entités ; la prochaine importation de liste la filtrera. Cause : { $error }
cli-no_edition = aucune édition #{ $edition } : chainon screening lists nomme les éditions avec leurs identifiants
synth-written = { $file } : { $declarations ->
    [one] { $declarations } déclaration
   *[other] { $declarations } déclarations
}, { $rows ->
    [one] { $rows } ligne de lieu
   *[other] { $rows } lignes de lieux
}, { $sites ->
    [one] { $sites } installation
   *[other] { $sites } installations
}
cli-shared_range = --shared { $given } : donnez une part entre 0 et 1
