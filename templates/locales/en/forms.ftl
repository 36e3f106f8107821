# Refusals of a form or of a request's parameter, each naming the field by its label (`$field`).

form-refused-date = { $field }: enter a date as YYYY-MM-DD (got “{ $given }”).
form-refused-choice = { $field }: choose one of the list.
form-refused-required = { $field }: this field is required.
form-refused-delivered_on = { notice-delivered_on }: give the day of the earlier delivery, or leave its means and proof empty.
form-refused-notice = { case-notice }: choose the notice you answer.
form-milestone_line = { $field }, line { $line }
form-refused-milestone_date = { $line }: enter the due date as YYYY-MM-DD first (got “{ $given }”).
form-refused-milestone_text = { $line }: after the date, say what is to be done.
form-refused-milestones = { case-milestones }: one line a milestone, “YYYY-MM-DD what is to be done”.
form-refused-isp_referral = { case-isp_referral } (“{ $given }”): tick the box or leave it empty.
form-refused-event_type = “{ $given }” is not one of this page's forms; reload the page and fill in the form again.
form-refused-follow_up_type = “{ $given }” is not one of this page's forms; reload the page and fill in the form again.
form-refused-too_many_parts = The form has more than { $max } parts; nothing was changed.
form-refused-attachments_count = Attachments: “{ $file }” was not taken: at most { $max } files a record entry; nothing was recorded, choose the files again.
form-refused-attachment_size = Attachment “{ $file }”: over the limit of { $mib } MiB a file; nothing was recorded, choose the files again.
refused-format = Format “{ $given }”: choose one of { $choices }.
dossier-no_chromium = PDF: this server has no Chromium to print it (its operator sets CHAINON_CHROMIUM); the HTML dossier is available.
account-refused-language = { account-language } (“{ $given }”): choose { account-language_en } or { account-language_fr }.
account-refused-alerts = { account-alerts } (“{ $given }”): choose on or off.
follow-refused-no_solicitation = This declaration answers no solicitation: there is no bid to follow up.
follow-refused-respond_by_past = { $field } { $given }: the deadline must be after today ({ $today }).
follow-refused-respond_by_far = { $field } { $given }: the deadline must be at most one year ahead ({ $latest } at the latest).
follow-refused-no_business_number = The bidder has no business number on file: no account can receive the request.
follow-refused-note_length = { follow-note }: a note has at most { $max } characters ({ $sent } sent).
follow-refused-not_own_declaration = { follow-answer_with }: choose one of your declarations for this solicitation.
attachment-no_name = (no name)
attachment-refused-name = Attachment: { $why }.
attachment-refused-empty = Attachment “{ $file }”: the file is empty.
attachment-refused-size = Attachment “{ $file }”: { $bytes } bytes, over the limit of { $mib } MiB a file.
attachment-refused-markup = Attachment “{ $file }”: its content is markup (SVG, HTML or XML), which a browser would open as a page and whose scripts it would run; send it as PDF or as an image (PNG, JPEG).
attachment-refused-kind = Attachment “{ $file }”: its content is not an accepted type (found: { $seen ->
    [none] an unknown type
   *[other] { $seen }
}); send PDF, JPEG, PNG, WebP, TIFF, HEIC, DOCX, XLSX, ODT, ODS or plain text.
upload-refused-not_multipart_page = The form was sent { $given }: { $what } is sent in a multipart form (multipart/form-data) that holds it, as this page's own form sends it. Choose the file and send it again from the page; nothing was stored.
upload-refused-not_multipart_api = The body was sent { $given }, which cannot carry a file: send { $what } in a multipart form (multipart/form-data) with a { $part } part, or the file itself as the body; nothing was stored.
form-refused-not_a_form = The form was sent { $given }: send it as its page's own form does, URL-encoded (application/x-www-form-urlencoded) or, with files attached, as multipart/form-data. Nothing was recorded.
graph-refused-decided = Facilities { $a } and { $b } were decided already: { $decision }, by { $by } on { $at }. A pair of facilities is decided once; nothing was changed.
graph-refused-decided_facility = “{ $name }” ({ $city }, { $country }; key { $key })
graph-refused-decided_key = with key { $key } (no longer in the graph)
graph-refused-decided_one = The facilities with keys { $key_a } and { $key_b } were decided already: { $decision }, by { $by } on { $at }; they are one facility now, “{ $name }” ({ $city }, { $country }). A pair of facilities is decided once; nothing was changed.
