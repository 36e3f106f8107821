# Refus du fichier JSON dans son ensemble (`import::json`). Mêmes identifiants et variables que ../en/intake-json.ftl.

intake_json-not_utf8 = Le document JSON est en { $encoding } ({ $bom ->
    [yes] avec une marque d'ordre des octets
   *[no] sans marque d'ordre des octets
}), et le JSON échangé entre systèmes s'écrit en UTF-8 (RFC 8259, section 8.1) : rien n'en a été lu. Enregistrez-le en UTF-8 (dans PowerShell, Out-File ou Set-Content avec -Encoding utf8 ; dans un éditeur, l'encodage UTF-8) et envoyez-le de nouveau
