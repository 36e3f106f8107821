# Ce qu'une commande dit sur la sortie d'erreur à côté de sa réponse (`telemetry::init_command`) : un événement du
# journal qui nomme ici son message (`said = "cli_log.…"`) est dit dans la langue de la ligne de commande ; le journal
# du service garde l'anglais de l'événement. `{ $error }` est la cause dans les mots de la bibliothèque en échec.

cli_log-warning = avertissement : { $message }
cli_log-analyze_failed = les statistiques de la base n'ont pas été rafraîchies après l'importation (échec d'ANALYZE) : les déclarations sont enregistrées, mais les requêtes peuvent être lentes jusqu'à ce que l'autovacuum de PostgreSQL les rafraîchisse. Cause : { $error }
cli_log-rollback_failed = l'annulation d'une écriture échouée a échoué ; la base l'annule à la fermeture de la connexion, et rien n'en est enregistré. Cause : { $error }
cli_log-vacuum_failed = le fichier de la base garde la place des lignes de sites que la mise à niveau a supprimées (échec de VACUUM) : il est complet et juste, seulement plus gros. Cause : { $error }
cli_log-bid_spellings = un fournisseur a soumissionné sous plusieurs graphies de l'appel d'offres { $solicitation } ({ $spellings }) : elles restent distinctes
cli_log-screening_failed = la déclaration { $declaration } est enregistrée, mais elle n'a pas été filtrée par rapport aux listes d'entités ; la prochaine importation de liste la filtrera. Cause : { $error }
cli_log-alerts_not_queued = { $alerts } nouvelles alertes de filtrage sur { $list } sont enregistrées et sur la page des alertes, mais le message qui en informe les agents et les vérificateurs n’a pas été mis en file d’attente. Cause : { $error }
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

# chainon user … : ce que chaque commande affiche, et ses refus (dits dans la langue de --lang, ou dans les deux).
user-created = compte { $email } créé ({ $role }, nº { $id })
user-token_issued = jeton d'API nº { $id } pour { $email } ({ $role }) ; il n'est affiché qu'une fois : gardez-le secret. Révoquez-le avec chainon user token revoke --email { $email } --id { $id }.
user-token_live = actif
user-token_revoked = révoqué le { $at }
user-token_revoke_done = jeton nº { $id } de { $email } révoqué
user-disabled_mark = (désactivé)
user-disabled = { $email } désactivé : ses sessions ont pris fin et ses jetons d'API sont refusés
user-enabled = { $email } réactivé
user-role_changed = { $email } : { $old } → { $new }
user-business_number = --business-number : { $why }
user-not_email = --email { $email } : ce n'est pas une adresse de courriel. Rien n'a été créé.
user-email_taken = --email { $email } : c'est déjà l'adresse du compte « { $name } » (nº { $id }) ; une adresse de courriel désigne un seul compte. Rien n'a été créé.
user-no_password = donnez le mot de passe sur l'entrée standard avec --password-stdin, ou dans CHAINON_PASSWORD. Rien n'a été créé.
user-password_unread = le mot de passe n'a pas pu être lu sur l'entrée standard ({ $detail }). Rien n'a été créé.
user-no_account = aucun compte n'a l'adresse { $email } : chainon user list nomme les comptes. Rien n'a été modifié.
user-no_enabled_account = aucun compte actif n'a l'adresse { $email } : chainon user list nomme les comptes et marque ceux qui sont désactivés. Aucun jeton n'a été délivré.
user-no_live_token_named = { $email } n'a aucun jeton actif nommé « { $name } » : chainon user token list --email { $email } nomme ses jetons. Rien n'a été révoqué.
user-no_live_token_id = { $email } n'a aucun jeton actif d'identifiant { $id } : chainon user token list --email { $email } nomme ses jetons. Rien n'a été révoqué.

# chainon model derive
model-derive_written = modèle { $version } écrit dans { $folder } : valide
model-derive_exists = { $folder } existe déjà : une version de modèle n'est jamais écrasée. Rien n'a été écrit.
model-derive_failed = le modèle { $version } n'a pas pu être fait : { $detail }. Rien n'a été écrit.
model-error_missing = le fichier { $file } du modèle est absent
model-error_invalid = le modèle n'est pas valide : { $fault }
model-error_unreadable = { $place } ne se lit pas selon son format (le lecteur dit : { $detail })
model-fault_no_column = { $file } n'a pas de colonne « { $column } »
model-fault_source_missing = model.toml ne nomme aucune source « { $key } »
model-fault_no_sources = model.toml n'a pas de table [sources]
model-fault_no_world = ilo_regional_estimates.csv n'a pas de ligne World pour { $indicator }
model-fault_no_unassessed_points = model.toml : [child_context_advancement] ne donne pas de points pour « { $level } »
model-fault_group_without_countries = model.toml : { $key } nomme le groupe de revenu « { $group } », auquel aucun pays de la source { $source } n'appartient
model-fault_group_without_estimate = model.toml : { $key } nomme « { $group } », pour lequel ilo_regional_estimates.csv n'a pas de ligne { $row }
model-fault_income_line_empty = income_groups.csv, ligne { $line } : pas de pays ou pas de groupe de revenu
model-fault_income_line_no_country = income_groups.csv, ligne { $line } : « { $name } » n'est pas un pays de l'ISO 3166
model-fault_income_line_twice = income_groups.csv, ligne { $line } : « { $name } » est donné deux fois
model-fault_region_places = la table des lieux des régions ne se lit pas : { $detail }
model-load_failed = le modèle { $model } n'a pas pu être chargé : { $detail }
