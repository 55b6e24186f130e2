"""Writes the synthetic XLSForms of this folder: each one is the smallest form that shows
one pattern found in the wild corpus (../README.md), written here, not copied. Run with a
python that has openpyxl (pyxform's does): python make_synthetic.py. The expected
verdicts are in verdicts.tsv beside it."""
import json
import sys
import openpyxl
import openpyxl.styles

FORMS = {}


def form(name, survey, choices=None, settings=None, files=None, sheets=None, styled_row=None):
    FORMS[name] = (survey, choices, settings, files or {}, sheets or {})
    if styled_row:
        STYLED[name] = styled_row


# Forms with a row of cells that have a style and no value out to the last column (XFD),
# as a spreadsheet leaves them when a whole row is formatted: (sheet, row).
STYLED = {}


CHOICES = ["list_name", "name", "label"]

# OpenStreetMap field mapping (hotosm osm-fieldwork, fmtm): typed in a word processor.
form("smart_quotes.xlsx", [
    ["type", "name", "label", "relevant", "calculation"],
    ["select_one amenity", "amenity", "What is it?", "", ""],
    ["integer", "pupils", "How many pupils at the ‘school’?", "${amenity}=’school’", ""],
    ["calculate", "tag", "", "", "concat(“amenity=”, ${amenity})"],
], [CHOICES, ["amenity", "school", "School"], ["amenity", "clinic", "Clinic"]])

# OpenStreetMap field mapping: features from a GeoJSON file, then looked up by instance.
form("geojson_instance.xlsx", [
    ["type", "name", "label", "calculation", "trigger"],
    ["select_one_from_file buildings.geojson", "existing", "Which building?", "", ""],
    ["calculate", "xid", "", "instance('buildings')/root/item[id=${existing}]/id", "${existing}"],
    ["calculate", "xamenity", "", "instance('buildings')/root/item[id=${existing}]/amenity", ""],
], files={"buildings.geojson": json.dumps({"type": "FeatureCollection", "features": [
    {"type": "Feature", "id": 1, "geometry": {"type": "Point", "coordinates": [39.27, -6.77]},
     "properties": {"id": "1", "name": "Mikocheni school", "amenity": "school"}},
    {"type": "Feature", "id": 2, "geometry": {"type": "Point", "coordinates": [39.28, -6.76]},
     "properties": {"id": "2", "name": "Health post", "amenity": "clinic"}}]})})

# OpenStreetMap field mapping: the answer of the last saved form as a default.
form("last_saved_default.xlsx", [
    ["type", "name", "label", "default"],
    ["select_one material", "building_material", "Material", "${last-saved#building_material}"],
    ["integer", "levels", "Levels", "1"],
], [CHOICES, ["material", "brick", "Brick"], ["material", "wood", "Wood"]])

# fmtm, osm-fieldwork: a calculation that is a lone word or file name.
form("lone_name_calculation.xlsx", [
    ["type", "name", "label", "calculation"],
    ["calculate", "image", "", "odktest.png"],
    ["calculate", "fee", "", "yes"],
    ["text", "operator", "Operator", ""],
])

# CorrelAid xlsform2lstsv: a rank with an "other" choice.
form("rank_or_other.xlsx", [
    ["type", "name", "label"],
    ["rank aspects or_other", "q_rank_other", "Was hat Ihnen an der Veranstaltung am meisten gebracht?"],
], [CHOICES, ["aspects", "talks", "Vorträge"], ["aspects", "people", "Menschen"], ["aspects", "food", "Essen"]])

# CorrelAid xlsform2lstsv: the usual e-mail pattern, with a dash beside \w.
form("regex_class_dash.xlsx", [
    ["type", "name", "label", "constraint", "constraint_message"],
    ["text", "email_address", "E-Mail", r"regex(., '^[\w-\.]+@([\w-]+\.)+[\w-]{2,}$')", "Bitte eine gültige E-Mail-Adresse"],
])

# REACH / IMPACT MSNA household tools (humind, cleaningtools): two languages, metadata,
# a roster with a count, indexed-repeat, count-selected, or_other, jr:choice-name.
form("msna_household.xlsx", [
    ["type", "name", "label::english", "label::french", "hint::english", "required", "relevant",
     "constraint", "calculation", "repeat_count", "appearance"],
    ["start", "start", "", "", "", "", "", "", "", "", ""],
    ["end", "end", "", "", "", "", "", "", "", "", ""],
    ["today", "today", "", "", "", "", "", "", "", "", ""],
    ["deviceid", "deviceid", "", "", "", "", "", "", "", "", ""],
    ["audit", "audit", "", "", "", "", "", "", "", "", ""],
    ["select_one admin1", "admin1", "Region", "Région", "", "yes", "", "", "", "", "minimal"],
    ["integer", "hh_size", "How many people live in this household?", "Combien de personnes vivent dans ce ménage ?", "Including the respondent", "yes", "", ". > 0 and . < 40", "", "", ""],
    ["begin_repeat", "roster", "Household members", "Membres du ménage", "", "", "", "", "", "${hh_size}", ""],
    ["text", "member_name", "Name of the member", "Nom du membre", "", "yes", "", "", "", "", ""],
    ["integer", "member_age", "How old is ${member_name}?", "Quel âge a ${member_name} ?", "", "yes", "", ". >= 0 and . <= 120", "", "", ""],
    ["end_repeat", "", "", "", "", "", "", "", "", "", ""],
    ["calculate", "first_member", "", "", "", "", "", "", "indexed-repeat(${member_name}, ${roster}, 1)", "", ""],
    ["select_multiple water_source", "water_source", "Main sources of drinking water", "Principales sources d'eau potable", "", "yes", "", "not(selected(., 'dnk') and count-selected(.) > 1)", "", "", ""],
    ["select_one yn", "water_enough", "Enough water for ${first_member}'s household?", "Assez d'eau pour le ménage de ${first_member} ?", "", "yes", "count-selected(${water_source}) > 0", "", "", "", ""],
    ["calculate", "region_label", "", "", "", "", "", "", "jr:choice-name(${admin1}, '${admin1}')", "", ""],
    ["note", "thanks", "Thank you (${region_label})", "Merci (${region_label})", "", "", "", "", "", "", ""],
], [["list_name", "name", "label::english", "label::french"],
    ["admin1", "borno", "Borno", "Borno"], ["admin1", "yobe", "Yobe", "Yobe"],
    ["water_source", "piped", "Piped water", "Eau courante"],
    ["water_source", "borehole", "Borehole", "Forage"],
    ["water_source", "dnk", "Don't know", "Ne sait pas"],
    ["yn", "yes", "Yes", "Oui"], ["yn", "no", "No", "Non"]],
    [["form_title", "form_id", "default_language", "style"], ["MSNA household", "msna_hh", "english", "pages"]])

# Bangladesh administrative cascade (Bengali labels, choice_filter).
form("bengali_admin_cascade.xlsx", [
    ["type", "name", "label::English (en)", "label::Bangla (bn)", "choice_filter"],
    ["select_one division", "division", "Division", "বিভাগ", ""],
    ["select_one district", "district", "District", "জেলা", "division=${division}"],
    ["select_one upazila", "upazila", "Upazila", "উপজেলা", "district=${district}"],
], [["list_name", "name", "label::English (en)", "label::Bangla (bn)", "division", "district"],
    ["division", "dhaka", "Dhaka", "ঢাকা", "", ""],
    ["division", "khulna", "Khulna", "খুলনা", "", ""],
    ["district", "gazipur", "Gazipur", "গাজীপুর", "dhaka", ""],
    ["district", "jessore", "Jessore", "যশোর", "khulna", ""],
    ["upazila", "kaliakair", "Kaliakair", "কালিয়াকৈর", "", "gazipur"],
    ["upazila", "abhaynagar", "Abhaynagar", "অভয়নগর", "", "jessore"]])

# OpenStreetMap highways, wq, Rhomis plots: lines and areas drawn on a map.
form("geotrace_geoshape.xlsx", [
    ["type", "name", "label"],
    ["geotrace", "road", "Walk along the road"],
    ["geoshape", "plot", "Walk around the plot"],
])

# Rhomis membership module: a group shown only after a question inside it is answered.
form("group_relevant_reads_its_child.xlsx", [
    ["type", "name", "label", "relevant"],
    ["begin group", "tech_dissemination", "Sharing practices", "${shared_tech} = 'Y'"],
    ["select_one yes_no", "shared_tech", "Have you told other households about these practices?", ""],
    ["integer", "tech_share_how_many", "How many farmers?", ""],
    ["end group", "", "", ""],
], [CHOICES, ["yes_no", "Y", "Yes"], ["yes_no", "N", "No"]])

# XLSForm-2-Codebook farm survey: a question named without ${}.
form("bare_name_reference.xlsx", [
    ["type", "name", "label", "relevant"],
    ["select_multiple crops", "crops", "Which crops?", ""],
    ["text", "crops_other", "Which other crop?", "selected(crops,'777')"],
], [CHOICES, ["crops", "1", "Maize"], ["crops", "777", "Other"]])

# xlsform2qgis assistance survey (made for Survey123): pulldata("@geopoint") for accuracy.
form("pulldata_geopoint.xlsx", [
    ["type", "name", "label", "calculation"],
    ["geopoint", "location", "Location", ""],
    ["calculate", "horaccuracy", "", 'pulldata("@geopoint",${location},"accuracy")'],
])

# xlsform-offline's own test form: a function that does not exist (ODK Validate refuses it).
form("unknown_function.xlsx", [
    ["type", "name", "label", "calculation"],
    ["text", "name", "Name", ""],
    ["integer", "age", "Age", ""],
    ["calculate", "concat", "", 'concatx(${name}, " - ", ${age})'],
])

# A Mozambique nutrition endline: an age rounded with `int(x, 0)`, as a spreadsheet's
# ROUNDDOWN is written; int() takes one argument in Collect and Enketo.
form("int_two_arguments.xlsx", [
    ["type", "name", "label", "calculation"],
    ["date", "birthdate", "Date of birth", ""],
    ["calculate", "age", "", "int((today() - ${birthdate}) div 365.25, 0)"],
])

# A Plan International registration (Bangladesh): each adolescent's serial is a read-only
# text whose calculation copies `position(..)`, and it is required.
form("readonly_serial.xlsx", [
    ["type", "name", "label", "required", "constraint", "calculation", "readonly", "repeat_count"],
    ["integer", "adolescents", "How many adolescents?", "yes", ". >= 1 and . <= 3", "", "", ""],
    ["begin repeat", "ado", "Adolescent", "", "", "", "", "${adolescents}"],
    ["calculate", "cal_posi", "", "", "", "position(..)", "", ""],
    ["text", "child_no", "Serial in the household", "yes", "", "${cal_posi}", "yes", ""],
    ["text", "ado_name", "Name", "yes", "", "", "", ""],
    ["end repeat", "", "", "", "", "", "", ""],
])

# A Somali endline: settlement is required and filtered by district, and one district has
# no settlement (the first has, so the walk goes through).
form("cascade_without_choices.xlsx", [
    ["type", "name", "label", "required", "choice_filter"],
    ["select_one district", "district", "District", "yes", ""],
    ["select_one settlement", "settlement", "Settlement", "yes", "district = ${district}"],
], [CHOICES + ["district"], ["district", "baidoa", "Baidoa", ""],
    ["district", "balcad", "Balcad", ""], ["settlement", "isha", "Isha", "baidoa"]])

# OCHA's Syria assessments: three ranked concerns, each list offering what the other two
# have not taken (the filters read each other).
form("ranked_concerns.xlsx", [
    ["type", "name", "label", "required", "choice_filter"],
    ["select_one concern", "c1", "First concern", "yes", "me != ${c2} and me != ${c3}"],
    ["select_one concern", "c2", "Second concern", "yes", "me != ${c1} and me != ${c3}"],
    ["select_one concern", "c3", "Third concern", "yes", "me != ${c1} and me != ${c2}"],
], [CHOICES + ["me"], ["concern", "water", "Water", "water"], ["concern", "food", "Food", "food"],
    ["concern", "shelter", "Shelter", "shelter"], ["concern", "safety", "Safety", "safety"]])

# A Brazilian elderly-care registration: each record numbered from `${instanceID}`.
form("instance_id.xlsx", [
    ["type", "name", "label", "calculation"],
    ["text", "person", "Nome da pessoa idosa", ""],
    ["calculate", "auto_id", "", "${instanceID}"],
    ["note", "shown", "Registro ${auto_id}", ""],
])

# French conservation forms: the observer's settings kept from the last record saved,
# unless changed in this one.
form("last_saved_calculation.xlsx", [
    ["type", "name", "label", "relevant", "calculation"],
    ["select_one yes_no", "change", "Change your settings?", "", ""],
    ["text", "photos", "Which photos?", "${change} = 'yes'", ""],
    ["calculate", "settings", "", "",
     "if(${change} = 'yes', ${photos}, if(${last-saved#settings} = '', 'all', ${last-saved#settings}))"],
    ["note", "settings_note", "Settings: ${settings}", "", ""],
], [CHOICES, ["yes_no", "yes", "Yes"], ["yes_no", "no", "No"]])

# fmtm waterpoints: a relevant cell holding only a bracket.
form("broken_relevant.xlsx", [
    ["type", "name", "label", "relevant"],
    ["select_one yes_no", "fee", "Is there a fee?", ""],
    ["text", "currency", "Currency", "]"],
], [CHOICES, ["yes_no", "yes", "Yes"], ["yes_no", "no", "No"]])

# osm-fieldwork thamel: instance('buildings') where the form attaches thamel.geojson.
form("undeclared_instance.xlsx", [
    ["type", "name", "label", "calculation"],
    ["select_one_from_file thamel.geojson", "existing", "Which building?", ""],
    ["calculate", "xid", "", "instance('buildings')/root/item[id=${existing}]/id"],
], files={"thamel.geojson": json.dumps({"type": "FeatureCollection", "features": [
    {"type": "Feature", "id": 1, "geometry": {"type": "Point", "coordinates": [85.31, 27.71]},
     "properties": {"id": "1", "name": "Guest house"}}]})})

# Rhomis modules: a notes column that names a question the module does not have.
form("notes_column_reference.xlsx", [
    ["type", "name", "label", "colour key and notes:"],
    ["integer", "bushmeat_income", "Income from bushmeat", "in ${local_currency}"],
])

# Rhomis crop and livestock modules: defaults on questions of a group asked later.
form("default_in_later_group.xlsx", [
    ["type", "name", "label", "relevant", "default"],
    ["select_one yes_no", "farms", "Does the household farm?", "", ""],
    ["begin group", "farm", "Farm", "${farms} = 'Y'", ""],
    ["integer", "year", "Year farming started", "", "2020"],
    ["decimal", "hectare", "Area farmed (hectares)", "", "1.5"],
    ["select_one unit", "unit", "Unit of harvest", "", "bundle"],
    ["text", "crop", "Main crop", "", ""],
    ["end group", "", "", "", ""],
], [CHOICES, ["yes_no", "Y", "Yes"], ["yes_no", "N", "No"],
    ["unit", "bundle", "Bundle"], ["unit", "bag", "Bag"]])

# What the phone walk (tests/tests/browser/corpus.rs) met in the wild forms and answers
# now: a date in the Ethiopian calendar that may not be in the future (Belendia's farm
# survey), lists searched by typing (`autocomplete`, GeekLord's household surveys), a
# household from a CSV file filtered by the village, a six-digit ID, a required photo and
# a drawn signature.
form("walk_widgets.xlsx", [
    ["type", "name", "label", "required", "constraint", "choice_filter", "appearance"],
    ["date", "interview_date", "Date of interview", "yes", ".<=today()", "", "ethiopian"],
    ["select_one village", "village", "Village", "yes", "", "", "autocomplete"],
    ["select_one_from_file households.csv", "household", "Household", "yes", "", "village=${village}", "autocomplete"],
    ["text", "hh_id", "Household ID", "yes", "regex(., '^[0-9]{6}$')", "", ""],
    ["image", "house", "Photo of the house", "yes", "", "", ""],
    ["image", "signed", "Signature of the respondent", "yes", "", "", "signature"],
], [CHOICES, ["village", "kambi", "Kambi"], ["village", "mto", "Mto wa Mbu"]],
    files={"households.csv": "name,label,village\nh1,Amina's house,kambi\nh2,Juma's house,mto"})

# What stopped the phone walk on real forms until fixed in Sauti: an interview's length
# worked out from `end` (Haryana, Bihar surveys: refused at sync), a text question with a
# choice filter left from a select (HOT's fmtm), Swahili named `swa` (osm-fieldwork); and
# what the walk learnt to answer: a three-letter-two-digit ID, two or three boxes ticked,
# a measure of 30 to 999 cm.
form("walk_fixes.xlsx", [
    ["type", "name", "label::English(en)", "label::Swahili(swa)", "required", "constraint", "choice_filter", "calculation"],
    ["start", "start", "", "", "", "", "", ""],
    ["end", "end", "", "", "", "", "", ""],
    ["text", "town", "Town", "Mji", "yes", "", "", ""],
    ["text", "locality", "Locality", "Mtaa", "yes", "", "town=${town}", ""],
    ["text", "enumerator_id", "Enumerator ID (IOM13)", "Namba ya mdadisi", "yes", "regex(., '^[a-zA-Z]{3}[0-9]{2}$')", "", ""],
    ["select_multiple source", "food_source", "The 2 or 3 main sources of food", "Vyanzo vikuu 2 au 3 vya chakula", "yes", "count-selected(.)>1 and count-selected(.)<4", "", ""],
    ["integer", "tank_height", "Height of the tank (cm)", "Urefu wa tangi (sm)", "yes", ". >= 30 and . <= 999", "", ""],
    ["calculate", "duration_seconds", "", "", "", "", "", "(decimal-date-time(${end}) - decimal-date-time(${start})) * 86400"],
], [["list_name", "name", "label::English(en)", "label::Swahili(swa)"], ["source", "own", "Own production", "Mazao yetu"],
    ["source", "market", "Market", "Sokoni"], ["source", "aid", "Food aid", "Msaada wa chakula"],
    ["source", "gift", "Gifts", "Zawadi"]])

# Constraints no fixed answer met, from IMPACT's water survey, RHoMIS, an IRS spraying
# survey and a sample form: the walk now reads each constraint's numbers, patterns and
# lengths (tests/src/candidates.rs). `[:digit:]` without its outer brackets is the
# characters `:digit` in Collect and Enketo as in Sauti: only such characters meet it.
# And a flood assessment's time, recorded by the phone (`now()`) and checked as past:
# Sauti's `now()` was midnight, so Next was refused with nothing shown. A Brick Kiln
# survey's second phone number that must differ from the first and its years adding up to
# ten on one page, and an IRS survey's nets on one page, the second checked against the
# first.
form("walk_constraints.xlsx", [
    ["type", "name", "label", "required", "constraint", "appearance", "default"],
    ["dateTime", "assessed_at", "Date and time of the assessment", "yes", ".<now()", "", "now()"],
    ["text", "telephone_number", "Telephone number", "yes", "regex(., '^[0]{1}[0-9]{10}$')", "", ""],
    ["integer", "established", "Year of establishment", "yes", ".>1900 and .<2020", "", ""],
    ["text", "age", "How old are you?", "yes", ".>3 and .<130", "numbers", ""],
    ["integer", "income", "Income (IQD, 0 if none)", "yes", ".=0 or .>=9999  and .<= 10000000", "", ""],
    ["text", "sticker", "Sticker number", "yes", "regex(.,'^[:digit:]{6}$')", "numbers", ""],
    ["text", "assessor_id", "Assessor ID", "yes", "string-length(.)<6 and string-length(.)>3", "", ""],
    ["text", "resp_phone", "Phone number", "yes", "regex(., '^[6-9][0-9]{9}$')", "numbers", ""],
    ["text", "phone_alt", "Another phone number", "yes", "regex(., '^[6-9][0-9]{9}$') and . != ${resp_phone}", "numbers", ""],
    ["begin group", "nets", "Mosquito nets", "", "", "field-list", ""],
    ["integer", "total_nets", "Nets in use", "yes", ". >= 0 and . <= 6", "", ""],
    ["integer", "under_nets", "People sleeping under nets", "yes", ". <= 6 and . >= ${total_nets}", "", ""],
    ["end group", "", "", "", "", "", ""],
    ["begin group", "years", "Out of ten years", "", "", "field-list", ""],
    ["integer", "years_typ", "Years of a normal season", "yes", ". >= 0 and . <= 10 and (. + ${years_low} + ${years_high}) = 10", "", ""],
    ["integer", "years_low", "Years of a worse season", "yes", ". >= 0 and . <= 10", "", ""],
    ["integer", "years_high", "Years of a better season", "yes", ". >= 0 and . <= 10", "", ""],
    ["end group", "", "", "", "", "", ""],
])

# ODK's own external-itemsets test form (getodk/xlsform-offline): labels in no named
# language beside French, and cascading lists from the `external_choices` sheet. Only
# French was offered at consent, so an interview taken in English never began.
form("unnamed_language_external.xlsx", [
    ["type", "name", "label", "label::French", "choice_filter"],
    ["select_one states", "state", "State", "Le state", ""],
    ["select_one_external counties", "county", "County", "Le county", "state=${state}"],
], [["list_name", "name", "label", "label::French"],
    ["states", "texas", "Texas", "Le Texas"], ["states", "washington", "Washington", "La Washington"]],
    sheets={"external_choices": [
        ["list_name", "name", "label", "label::French", "state"],
        ["counties", "king", "King", "Le King", "washington"],
        ["counties", "pierce", "Pierce", "La Pierce", "washington"],
        ["counties", "king", "King", "Le King", "texas"],
        ["counties", "cameron", "Cameron", "La Cameron", "texas"],
    ]})

# Artisanal mining survey (petescarth/odk-forms): a pit depth from 1 to 50 by 4, ends that
# are not a whole number of steps apart. Collect shows the question disabled; Sauti refused
# the form. Now it offers 1 to 49, with a warning.
form("range_uneven_steps.xlsx", [
    ["type", "name", "label", "parameters"],
    ["range", "pit_depth", "Depth of the pit (m)", "start=1 end=50 step=4"],
    ["range", "workers", "Workers at the pit", "start=0 end=20 step=2"],
])

# Land registration forms (TerraFirmaMozambique/legend-odk-forms): a choice sheet with one
# row formatted out to the last column (XFD), cells with a style and no value. Sauti
# measured 300 rows by 16,384 columns and refused the sheet as too big (more than 4
# million cells); the reader skips such cells.
form("styled_empty_columns.xlsx", [
    ["type", "name", "label"],
    ["select_one district", "district", "District"],
    ["select_one village", "village", "Village"],
], [CHOICES, ["district", "D0402", "Cuamba"], ["district", "D0406", "Lichinga"]]
    + [["village", f"V{n:03}", f"Povoado {n}"] for n in range(1, 299)],
    styled_row=("choices", 3))

# Land registration forms (TerraFirmaMozambique/hluvukani-odk-forms): the attached list
# saved by Excel on Windows, in Windows-1252 (`Gurúè`, `Alto Molócuè – Sede`). Sauti
# refused the file at its first accented letter; Collect shows `�` for each.
form("windows_1252_csv.xlsx", [
    ["type", "name", "label"],
    ["select_one_from_file postos.csv", "posto", "Posto administrativo"],
], files={"postos.csv": "name,label\np1,Gurúè\np2,Alto Molócuè – Sede".encode("cp1252")})

# Land registration forms (TerraFirmaMozambique): a date question named `data` (Portuguese
# for date) read as `${data}`. pyxform 4.5.0 refuses it, as its own root element is named
# `data` too ("multiple survey elements named 'data'"); for Collect and Sauti the name is
# the question's alone.
form("question_named_data.xlsx", [
    ["type", "name", "label", "relevant"],
    ["date", "data", "Data da actividade", ""],
    ["text", "obs", "Observações", "${data} != ''"],
], settings=[["form_title", "form_id", "instance_name"],
             ["Registo de horas", "registo_horas", "concat(${data}, '_', ${obs})"]])

# Fingerprint follow-up (LSHTM-ORK/ODK_Biometrics): KoboToolbox attaches the submissions of
# the registration form as an XML file, rows named `data` with nested columns, read by
# `instance('registration')/root/data[P_Demographic/P_SN = current()/../C_SN]/…`. Sauti
# read only ODK's flat `<root><item>` and refused the file.
form("kobo_dynamic_data.xlsx", [
    ["type", "name", "label", "calculation"],
    ["xml-external", "registration", "", ""],
    ["integer", "C_SN", "Serial number", ""],
    ["calculate", "C_Name", "", "instance('registration')/root/data[P_Demographic/P_SN = current()/../C_SN]/P_Demographic/P_Name"],
    ["note", "show", "Following up ${C_Name}", ""],
], files={"registration.xml": "<root>\n"
          "<data><P_Demographic><P_SN>1</P_SN><P_Name>Amina</P_Name></P_Demographic></data>\n"
          "<data><P_Demographic><P_SN>2</P_SN><P_Name>Juma</P_Name></P_Demographic></data>\n"
          "</root>"})

# Association register (TerraFirmaMozambique/legend-odk-forms): one CSV of villages per
# district, the file to read named by the district chosen: `search(${dist_id}, …)` and
# `pulldata(${dist_id}, …)`, which Collect evaluates. Sauti refused: "argument 1 of
# search() must be a quoted text".
form("search_file_from_answer.xlsx", [
    ["type", "name", "label", "appearance", "calculation"],
    ["select_one districts", "dist_id", "Distrito", "minimal", ""],
    ["select_one postos", "posto_id", "Posto administrativo", "minimal", ""],
    ["select_multiple pov", "pov_ids", "Povoados da associação", "search(${dist_id}, 'matches', 'posto_id_key', ${posto_id})", ""],
    ["calculate", "first_pov", "", "", "pulldata(${dist_id}, 'pov_name', 'pov_id_key', selected-at(${pov_ids}, 0))"],
    ["note", "show", "Primeiro povoado: ${first_pov}", "", ""],
], [CHOICES, ["districts", "D0402", "Cuamba"], ["districts", "D0406", "Lichinga"],
    ["postos", "P040201", "Cuamba Sede"], ["postos", "P040202", "Etatara"], ["postos", "P040601", "Lichinga Sede"],
    ["pov", "pov_id_key", "pov_name"]],
    files={"D0402.csv": "pov_id_key,pov_name,posto_id_key\nPV04020101,Mepica,P040201\nPV04020102,Muitetere,P040201\nPV04020201,Etatara,P040202",
           "D0406.csv": "pov_id_key,pov_name,posto_id_key\nPV04060101,Assumane,P040601"})

# Syrian supply-chain assessment (third corpus): the Arabic labels of `external_choices`
# were UTF-8 read once as Windows-1252 and saved so (`Ø¯Ù…Ø´Ù‚` for دمشق); repaired.
def garbled(text):
    """UTF-8 bytes read as Windows-1252 (as Latin-1 for the five bytes it leaves undefined)."""
    undefined = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    return "".join(chr(b) if b in undefined else bytes([b]).decode("cp1252") for b in text.encode("utf-8"))


form("mojibake_labels.xlsx", [
    ["type", "name", "label::english", "label::arabic", "choice_filter"],
    ["select_one governorate", "gov", "Governorate", "المحافظة", ""],
    ["select_one_external district", "district", "District", "المنطقة", "governorate=${gov}"],
], [["list_name", "name", "label::english", "label::arabic"],
    ["governorate", "SY01", "Damascus", "دمشق"], ["governorate", "SY02", "Aleppo", "حلب"]],
   sheets={"external_choices": [
       ["list_name", "name", "label::english", "label::arabic", "governorate"],
       ["district", "SY0100", "Damascus", garbled("دمشق"), "SY01"],
       ["district", "SY0200", "Jebel Saman", garbled("جبل سمعان"), "SY02"],
       ["district", "SY0201", "Al Bab", garbled("الباب"), "SY02"]]})

# Afghan household surveys (third corpus): Pashto's column named `pash`, and Dari's written
# with Danish's code; neither is a code a browser can use, and both are right to left.
form("afghan_language_columns.xlsx", [
    ["type", "name", "label::English", "label::Dari (da)", "label::pash"],
    ["integer", "hh_size", "Household size", "تعداد اعضای خانواده", "د کورنۍ د غړو شمېر"],
    ["select_one yn", "displaced", "Displaced?", "بیجا شده؟", "بې ځایه شوی؟"],
], [["list_name", "name", "label::English", "label::Dari (da)", "label::pash"],
    ["yn", "yes", "Yes", "بلی", "هو"], ["yn", "no", "No", "نخیر", "نه"]])

# Written one at a time (`python make_synthetic.py <file>…`) or all.
only = set(sys.argv[1:])
for name, (survey, choices, settings, files, sheets) in FORMS.items():
    if only and name not in only:
        continue
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "survey"
    for row in survey:
        ws.append(row)
    for title, rows in (("choices", choices), ("settings", settings), *sheets.items()):
        if rows:
            sheet = wb.create_sheet(title)
            for row in rows:
                sheet.append(row)
    if name in STYLED:
        title, row = STYLED[name]
        for column in range(1, 16385):
            wb[title].cell(row=row, column=column).font = openpyxl.styles.Font(bold=True)
    wb.save(name)
    for file, text in files.items():
        if isinstance(text, bytes):  # a file in another encoding, written as it is
            with open(file, "wb") as f:
                f.write(text + b"\n")
            continue
        with open(file, "w", encoding="utf-8") as f:
            f.write(text + "\n")
