# Ce que l'accusé de réception d'une déclaration dit des remarques de la réception. Mêmes identifiants et
# variables que ../en/intake-receipt.ftl.

receipt-warnings = Remarques sur la lecture du fichier (il a été enregistré)
receipt-warnings_lead = { $count ->
    [one] Votre fichier a été enregistré, mais sa lecture a soulevé une remarque. Vérifiez la cellule qu'elle nomme : si ce qui a été lu n'est pas ce que vous entendiez déclarer, corrigez le fichier et envoyez-le de nouveau.
   *[other] Votre fichier a été enregistré, mais sa lecture a soulevé { $count } remarques. Vérifiez les cellules qu'elles nomment : si ce qui a été lu n'est pas ce que vous entendiez déclarer, corrigez le fichier et envoyez-le de nouveau.
}
