# Refusals of values people type (business numbers, fiscal years, numbers, countries, characters) and the words of
# the checks on them, said in the reader's language where they are shown (`domain` builds the message, the edge
# says it). Same ids and variables as ../fr/values.ftl (a test checks).

business_number-length = a business number has 9 digits; this one has { $count }
business_number-character = “{ $character }” has no place in a business number: write its 9 digits (0 to 9), optionally followed by a program account such as RT0001
business_number-like_digit = “{ $character }” has no place in a business number: it is a letter that looks like the digit { $digit }. Write the 9 digits (0 to 9), optionally followed by a program account such as RT0001
business_number-program = “{ $program }” is not a CRA program identifier ({ $programs })
business_number-account = a program account has two letters and 4 digits after the 9 digits, its reference number from 0001 (such as RT0001)
business_number-check_digit = the check digit of this business number is wrong
business_number-zeros = 000000000 is no business number (the CRA gives none of zeros): leave the cell empty when there is none

fiscal_year-refused = { $parameter } “{ $given }”: a fiscal year from { $first } to { $latest }, by its first year (2026 for 2026–2027)

number-ambiguous = { $field }: “{ $text }” could be read two ways; { $lang ->
    [fr] in French, write the decimals after a comma and group thousands with spaces, e.g. 1 250 or 1,25
   *[en] in English, write the decimals after a point and group thousands with commas, e.g. 1,250 or 1.25
}
number-malformed = { $field }: “{ $text }” is not a number as written in { $lang ->
    [fr] French
   *[en] English
}; e.g. { $example }

characters-refused = { $field } holds { $what }, { $code } { $name }, at character { $position }: delete it ({ $why })
characters-file_name = { $refusal }. Rename the file and send it again.
characters-what-control = an invisible control character
characters-what-line_break = a tab or line break
characters-what-bidi = a bidirectional control character
characters-what-invisible = an invisible character
characters-what-replacement = the replacement character
characters-what-noncharacter = a noncharacter
characters-why-control = it cannot be typed or shown, and the files { $source ->
    [declaration] the declaration is
    [list_entry] the list entry is
   *[request] this text is
} written to cannot hold it
characters-why-line_break = this field holds one line of text: write it on one line
characters-why-bidi = it shows the text in another order than it is stored, so that it reads as another text
characters-why-invisible = it makes two texts that look the same differ; it often comes with text pasted from a web page
characters-why-replacement = { $source ->
    [request] bytes that are not UTF-8 (such as %FF in an address or a form) arrive as it, or a program put it where it could not read a letter: send the text encoded in UTF-8, as written at its source
   *[other] a program put it where it could not read a letter, which is lost: write the value again from its source
}
characters-why-noncharacter = Unicode reserves it and never gives it to text, and XML files cannot hold it

country-stray_meant = “{ $text }” holds “{ $stray }” ({ $code }), which is no part of a country's name: did you mean { $country }? Write the country alone
country-stray = “{ $text }” is not a country: it holds “{ $stray }” ({ $code }), which is no part of a country's name. Use an ISO 3166 code such as MY, or a country name in English or French
country-ambiguous = “{ $text }” names more than one country: { $candidates }. Write the code of the one meant ({ $codes })
country-candidate = { $code } ({ $country })
country-either = { $first } or { $rest }
country-unknown = “{ $text }” is not a country: use an ISO 3166 code such as MY, or a country name in English or French

intake-name_on_file = this business number is on file as “{ $name }” since { $since }: this declaration keeps the legal name it gives, shown on its bid and in lists, and the supplier's record takes it
