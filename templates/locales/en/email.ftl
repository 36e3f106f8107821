# The messages a supplier is sent when something awaits it (`cases::messages`): subjects and plain-text bodies, their
# days in words. Same ids and variables as ../fr/email.ftl (a test checks).

email-notice-subject = Notice { $number } — contract { $contract }: respond by { $respond_by }
email-notice-body =
    A notice was sent to you on { $sent_on } in compliance case #{ $case } (contract { $contract }): “{ $subject }”.

    You can read it and respond until { $respond_by } inclusive, on the case's page.
email-decision-subject = Decision — contract { $contract }: { $outcome ->
    [continue] the contract continues
    [remediate] remediation
    [stop_work] stop work
    [terminate_for_default] termination for default
   *[terminate_by_mutual_consent] termination by mutual consent
}
email-decision-body =
    A decision was recorded in compliance case #{ $case } (contract { $contract }): { $outcome ->
        [continue] the contract continues
        [remediate] remediation
        [stop_work] stop work
        [terminate_for_default] termination for default
       *[terminate_by_mutual_consent] termination by mutual consent
    }.

    Its reasons are on the case's page.
email-request-subject = Request for information — solicitation { $solicitation }: respond by { $respond_by }
email-request-body =
    The procurement officer asks you for information or clarification on your bid for solicitation { $solicitation }: “{ $subject }”.

    You can respond until { $respond_by } inclusive, with a written answer or a new declaration.
email-screening_alerts-subject = Screening: { $count ->
    [one] a new alert
   *[other] { $count } new alerts
} on { $list }
email-screening_alerts-body_edition =
    A new edition of { $list } was screened against every declaration on file: { $count ->
        [one] one new hit awaits
       *[other] { $count } new hits await
    } an officer's decision.

    Each hit names the list entry, the party it matched and why, and the bids, contracts and open cases it touches, on the alerts page. A hit confirmed on a forced-labour list makes the site's forced-labour risk critical; one dismissed is not asked again for the same entry.

    You can stop these e-mails on your account page (My account).
email-screening_alerts-body_intake =
    Declaration #{ $declaration } of { $supplier }, just received, was screened against { $list }: { $count ->
        [one] one new hit awaits
       *[other] { $count } new hits await
    } an officer's decision.

    Each hit names the list entry, the party it matched and why, and the bid it touches, on the alerts page.

    You can stop these e-mails on your account page (My account).
# What a message in both languages says before its French.
email-french_follows = (French follows English.)
email-open = Open: { $link }
email-open_both = Open / Ouvrir: { $link }
