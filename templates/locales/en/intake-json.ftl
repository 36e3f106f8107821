# The JSON carrier's file-level refusals (`import::json`). Same identifiers and variables as ../fr/intake-json.ftl.

intake_json-not_utf8 = The JSON document is in { $encoding } ({ $bom ->
    [yes] with a byte order mark
   *[no] without a byte order mark
}), and JSON exchanged between systems is written in UTF-8 (RFC 8259, section 8.1): nothing of it was read. Save it as UTF-8 (in PowerShell, Out-File or Set-Content with -Encoding utf8; in an editor, the encoding UTF-8) and send it again
