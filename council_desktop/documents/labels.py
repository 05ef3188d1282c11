"""The label catalogue of every official document, in Kazakh, Russian and English.

One place for the words a protocol and its companions print, so that a translator
reviews one file.  `label(key, lang, **params)` formats; dates follow each language's
official usage.
"""
from __future__ import annotations

import datetime as dt
import re

LABELS: dict[str, dict[str, str]] = {
    # --- document names ---------------------------------------------------------------------
    "protocol": {"ru": "ПРОТОКОЛ", "kk": "ХАТТАМА", "en": "MINUTES"},
    "agenda_doc": {"ru": "ПОВЕСТКА ДНЯ", "kk": "КҮН ТӘРТІБІ", "en": "AGENDA"},
    "script_doc": {"ru": "СЦЕНАРИЙ ПРОВЕДЕНИЯ ЗАСЕДАНИЯ", "kk": "ОТЫРЫСТЫ ӨТКІЗУ СЦЕНАРИЙІ",
                   "en": "CHAIR'S SCRIPT"},
    "attendance_doc": {"ru": "ЯВОЧНЫЙ ЛИСТ", "kk": "ҚАТЫСУ ПАРАҒЫ", "en": "ATTENDANCE SHEET"},
    "extract_doc": {"ru": "ВЫПИСКА ИЗ ПРОТОКОЛА", "kk": "ХАТТАМАДАН ҮЗІНДІ", "en": "EXTRACT FROM THE MINUTES"},
    "register_doc": {"ru": "РЕЕСТР РЕШЕНИЙ И ПОРУЧЕНИЙ", "kk": "ШЕШІМДЕР МЕН ТАПСЫРМАЛАР ТІЗІЛІМІ",
                     "en": "REGISTER OF RESOLUTIONS AND ASSIGNMENTS"},
    # the name a saved file is proposed under (ui/documents_dialog.py): Протокол_1-1_2026-02-20.pdf
    "file_protocol": {"ru": "Протокол", "kk": "Хаттама", "en": "Minutes"},
    "file_agenda": {"ru": "Повестка дня", "kk": "Күн тәртібі", "en": "Agenda"},
    "file_script": {"ru": "Сценарий заседания", "kk": "Отырыс сценарийі", "en": "Chair script"},
    "file_attendance": {"ru": "Явочный лист", "kk": "Қатысу парағы", "en": "Attendance sheet"},
    "file_extract": {"ru": "Выписка", "kk": "Үзінді", "en": "Extract"},
    "file_register": {"ru": "Реестр решений", "kk": "Шешімдер тізілімі", "en": "Register"},
    "file_item": {"ru": "вопрос", "kk": "мәселе", "en": "item"},
    # the names proposed for a meeting's exports to other offices
    "file_lists": {"ru": "Списки заседания", "kk": "Отырыс тізімдері", "en": "Meeting lists"},
    "file_resolutions": {"ru": "Решения", "kk": "Шешімдер", "en": "Resolutions"},
    "file_assignments": {"ru": "Поручения", "kk": "Тапсырмалар", "en": "Assignments"},
    "file_invitation": {"ru": "Приглашение", "kk": "Шақыру", "en": "Invitation"},
    "file_letter": {"ru": "Письмо", "kk": "Хат", "en": "Letter"},
    "file_bundle": {"ru": "Пакет заседания", "kk": "Отырыс пакеті", "en": "Meeting bundle"},
    # the kind of meeting, under the document name
    "kind_regular": {"ru": "заседания", "kk": "отырысының", "en": "of the meeting"},
    "kind_joint": {"ru": "совместного заседания", "kk": "бірлескен отырысының", "en": "of the joint meeting"},
    "kind_extraordinary": {"ru": "внеочередного заседания", "kk": "кезектен тыс отырысының",
                           "en": "of the extraordinary meeting"},
    # Kazakh puts the kind of meeting first, in the case the document's name governs, and the name in
    # its possessive form: «Бірлескен отырыстың ХАТТАМАСЫ» (never the Russian order «ХАТТАМА / бірлескен
    # отырысының»).  {kind} is a kind_kk_* word below, or nothing for a regular meeting.
    "titled_protocol": {"kk": "{kind}отырыстың ХАТТАМАСЫ"},
    "titled_agenda_doc": {"kk": "{kind}отырыстың КҮН ТӘРТІБІ"},
    "titled_script_doc": {"kk": "{kind}отырысты ӨТКІЗУ СЦЕНАРИЙІ"},
    "titled_attendance_doc": {"kk": "{kind}отырысқа ҚАТЫСУ ПАРАҒЫ"},
    "titled_extract_doc": {"kk": "{kind}отырыс ХАТТАМАСЫНАН ҮЗІНДІ"},
    "titled_register_doc": {"kk": "{kind}отырыстың ШЕШІМДЕРІ МЕН ТАПСЫРМАЛАРЫНЫҢ ТІЗІЛІМІ"},
    "kind_kk_regular": {"kk": ""},
    "kind_kk_joint": {"kk": "бірлескен "},
    "kind_kk_extraordinary": {"kk": "кезектен тыс "},
    # the PDF's subject: the kind of meeting standing alone, then the bodies
    "subject_regular": {"ru": "Заседание", "kk": "Отырыс", "en": "Meeting"},
    "subject_joint": {"ru": "Совместное заседание", "kk": "Бірлескен отырыс", "en": "Joint meeting"},
    "subject_extraordinary": {"ru": "Внеочередное заседание", "kk": "Кезектен тыс отырыс",
                              "en": "Extraordinary meeting"},
    "revision": {"ru": "Редакция {n}", "kk": "{n}-редакция", "en": "Revision {n}"},
    "revision_reason": {"ru": "Основание внесения изменений: {reason}", "kk": "Өзгерістер енгізу негізі: {reason}",
                        "en": "Reason for the amendment: {reason}"},
    "draft": {"ru": "ПРОЕКТ", "kk": "ЖОБА", "en": "DRAFT"},
    "internal": {"ru": "Для внутреннего пользования", "kk": "Ішкі пайдалану үшін", "en": "Internal use"},
    # --- requisites -------------------------------------------------------------------------
    "number": {"ru": "№ {number}", "kk": "№ {number}", "en": "No. {number}"},
    "running_head": {"ru": "Протокол № {number} от {date}", "kk": "{date} № {number} хаттама",
                     "en": "Minutes No. {number} of {date}"},
    "running_head_extract": {"ru": "Выписка из протокола № {number} от {date}",
                             "kk": "{date} № {number} хаттамадан үзінді",
                             "en": "Extract from minutes No. {number} of {date}"},
    "running_head_meeting": {"ru": "{doc} — заседание № {number} от {date}", "kk": "{doc} — {date} № {number} отырыс",
                             "en": "{doc} — meeting No. {number} of {date}"},
    "place": {"ru": "Место проведения", "kk": "Өткізілетін орны", "en": "Venue"},  # a meeting to come
    "place_held": {"ru": "Место проведения", "kk": "Өткізілген орны", "en": "Venue"},  # a meeting held
    "time": {"ru": "Время", "kk": "Уақыты", "en": "Time"},
    "format": {"ru": "Форма проведения", "kk": "Өткізу нысаны", "en": "Format"},
    "format_remote": {"ru": "дистанционная", "kk": "қашықтан", "en": "remote"},
    "format_hybrid": {"ru": "смешанная (очно и дистанционно)", "kk": "аралас (бетпе-бет және қашықтан)",
                      "en": "hybrid (in person and remote)"},
    "chair": {"ru": "Председатель", "kk": "Төраға", "en": "Chair"},
    "secretary": {"ru": "Секретарь", "kk": "Хатшы", "en": "Secretary"},
    # a joint meeting: each body's chair and secretary, named with their body
    "co_chairs": {"ru": "Сопредседатели", "kk": "Тең төрағалар", "en": "Co-chairs"},
    "secretaries": {"ru": "Секретари", "kk": "Хатшылар", "en": "Secretaries"},
    "chair_of": {"ru": "Председатель {body}", "kk": "{body} төрағасы", "en": "Chair, {body}"},
    "secretary_of": {"ru": "Секретарь {body}", "kk": "{body} хатшысы", "en": "Secretary, {body}"},
    "attended": {"ru": "Присутствовали", "kk": "Қатысқандар", "en": "Present"},
    "invited": {"ru": "Приглашённые", "kk": "Шақырылғандар", "en": "Invited"},
    "persons": {"ru": "{n} чел.", "kk": "{n} адам", "en": "{n}"},
    "members_count": {"ru": "членов — {n}", "kk": "мүшелері — {n}", "en": "members: {n}"},
    "list_attached": {"ru": "список прилагается", "kk": "тізімі қоса беріледі", "en": "list attached"},
    "remote": {"ru": "дистанционно", "kk": "қашықтан", "en": "remotely"},
    "substitute_for": {"ru": "вместо {name}", "kk": "{name} орнына", "en": "for {name}"},
    "quorum_yes": {"ru": "Кворум имеется", "kk": "Кворум бар", "en": "A quorum is present"},
    "quorum_no": {"ru": "Кворум отсутствует", "kk": "Кворум жоқ", "en": "No quorum"},
    # {present_of}: Kazakh writes the part of a whole with the possessive ending, «11 мүшенің 10-ы»
    "quorum_body": {"ru": "{body}: присутствуют {present} из {members} членов (необходимо не менее {required})",
                    "kk": "{body}: {members} мүшенің {present_of} қатысты (кемінде {required} қажет)",
                    "en": "{body}: {present} of {members} members present ({required} required)"},
    "agenda": {"ru": "ПОВЕСТКА ДНЯ", "kk": "КҮН ТӘРТІБІ", "en": "AGENDA"},
    "rapporteur": {"ru": "Докладчик", "kk": "Баяндамашы", "en": "Rapporteur"},
    "rapporteurs": {"ru": "Докладчики", "kk": "Баяндамашылар", "en": "Rapporteurs"},
    "co_rapporteur": {"ru": "Содокладчик", "kk": "Қосымша баяндамашы", "en": "Co-rapporteur"},
    # quotation marks: «ёлочки» in Russian and Kazakh, “English” ones in English
    "quoted": {"ru": "«{text}»", "kk": "«{text}»", "en": "“{text}”"},
    "presentation": {"ru": "Презентация проекта", "kk": "Жоба таныстырылымы", "en": "Project presentation"},
    "heard": {"ru": "СЛУШАЛИ", "kk": "ТЫҢДАЛДЫ", "en": "HEARD"},
    "spoke": {"ru": "ВЫСТУПИЛИ", "kk": "СӨЙЛЕГЕНДЕР", "en": "SPOKE"},
    "resolved": {"ru": "ПОСТАНОВИЛИ", "kk": "ҚАУЛЫ ЕТТІ", "en": "RESOLVED"},
    "vote": {"ru": "Голосовали: «за» — {for_}, «против» — {against}, «воздержались» — {abstained}.",
             "kk": "Дауыс беру: «жақтап» — {for_}, «қарсы» — {against}, «қалыс» — {abstained}.",
             "en": "Vote: for — {for_}, against — {against}, abstained — {abstained}."},
    # a joint meeting: each body's own count, after the total
    "vote_of_body": {"ru": "{body}: «за» — {for_}, «против» — {against}, «воздержались» — {abstained}",
                     "kk": "{body}: «жақтап» — {for_}, «қарсы» — {against}, «қалыс» — {abstained}",
                     "en": "{body}: for — {for_}, against — {against}, abstained — {abstained}"},
    "unanimous": {"ru": "Принято единогласно.", "kk": "Бірауыздан қабылданды.", "en": "Adopted unanimously."},
    "adopted": {"ru": "Решение принято.", "kk": "Шешім қабылданды.", "en": "Adopted."},
    "not_adopted": {"ru": "Решение не принято.", "kk": "Шешім қабылданбады.", "en": "Not adopted."},
    # --- meeting mode (issue 14): roll-call votes and who came late or left early ----------------
    "named_vote": {"ru": "Поимённое голосование: {choices}.", "kk": "Атаулы дауыс беру: {choices}.",
                   "en": "Roll-call vote: {choices}."},
    "named_for": {"ru": "«за» — {names}", "kk": "«жақтап» — {names}", "en": "for — {names}"},
    "named_against": {"ru": "«против» — {names}", "kk": "«қарсы» — {names}", "en": "against — {names}"},
    "named_abstained": {"ru": "«воздержались» — {names}", "kk": "«қалыс» — {names}", "en": "abstained — {names}"},
    "named_none": {"ru": "не голосовали — {names}", "kk": "дауыс бермегендер — {names}",
                   "en": "did not vote — {names}"},
    "named_vote_attached": {"ru": "Поимённое голосование — в приложении к протоколу (решение {number}).",
                            "kk": "Атаулы дауыс беру — хаттамаға қосымшада ({number} шешім).",
                            "en": "Roll-call vote: see the attachment to the minutes (resolution {number})."},
    "named_vote_heading": {"ru": "Поимённое голосование по решению {number}",
                           "kk": "{number} шешім бойынша атаулы дауыс беру",
                           "en": "Roll-call vote on resolution {number}"},
    "col_vote": {"ru": "Голос", "kk": "Дауысы", "en": "Vote"},
    "choice_for": {"ru": "за", "kk": "жақтап", "en": "for"},
    "choice_against": {"ru": "против", "kk": "қарсы", "en": "against"},
    "choice_abstained": {"ru": "воздержался(лась)", "kk": "қалыс", "en": "abstained"},
    "choice_none": {"ru": "не голосовал(а)", "kk": "дауыс бермеді", "en": "did not vote"},
    "movements": {"ru": "Прибытие и убытие членов совета:", "kk": "Кеңес мүшелерінің келуі мен кетуі:",
                  "en": "Arrivals and departures of members:"},
    "arrived_during": {"ru": "{name} — прибытие в {time}, в ходе рассмотрения вопроса {item}",
                       "kk": "{name} — келген уақыты {time}, {item}-мәселені қарау барысында",
                       "en": "{name} — arrived at {time}, during item {item}"},
    "arrived_before": {"ru": "{name} — прибытие в {time}, до рассмотрения вопроса {item}",
                       "kk": "{name} — келген уақыты {time}, {item}-мәселені қарауға дейін",
                       "en": "{name} — arrived at {time}, before item {item}"},
    "arrived_at": {"ru": "{name} — прибытие в {time}", "kk": "{name} — келген уақыты {time}",
                   "en": "{name} — arrived at {time}"},
    "left_during": {"ru": "{name} — убытие в {time}, в ходе рассмотрения вопроса {item}",
                    "kk": "{name} — кеткен уақыты {time}, {item}-мәселені қарау барысында",
                    "en": "{name} — left at {time}, during item {item}"},
    "left_before": {"ru": "{name} — убытие в {time}, до рассмотрения вопроса {item}",
                    "kk": "{name} — кеткен уақыты {time}, {item}-мәселені қарауға дейін",
                    "en": "{name} — left at {time}, before item {item}"},
    "left_at": {"ru": "{name} — убытие в {time}", "kk": "{name} — кеткен уақыты {time}",
                "en": "{name} — left at {time}"},
    "responsible": {"ru": "Ответственный", "kk": "Жауапты", "en": "Responsible"},
    "deadline": {"ru": "Срок", "kk": "Мерзімі", "en": "Deadline"},
    "attachment": {"ru": "Приложение к протоколу № {number} от {date}",
                   "kk": "{date} № {number} хаттамаға қосымша",
                   "en": "Attachment to minutes No. {number} of {date}"},
    "attendance_list": {"ru": "Список присутствовавших", "kk": "Қатысқандар тізімі", "en": "List of those present"},
    "members_present": {"ru": "Члены", "kk": "Мүшелер", "en": "Members"},
    "fingerprint": {"ru": "Контрольная сумма данных протокола (SHA-256)",
                    "kk": "Хаттама деректерінің бақылау сомасы (SHA-256)",
                    "en": "Fingerprint of the minutes' data (SHA-256)"},
    "fingerprint_hint": {"ru": "QR-код содержит номер и дату протокола и контрольную сумму.",
                         "kk": "QR-кодта хаттаманың нөмірі, күні және бақылау сомасы бар.",
                         "en": "The QR code carries the number and date of the minutes and the fingerprint."},
    "certified": {"ru": "Верно", "kk": "Дұрыс", "en": "True copy"},
    # --- columns ----------------------------------------------------------------------------
    "col_no": {"ru": "№", "kk": "№", "en": "No."},
    "col_name": {"ru": "Фамилия, имя, отчество", "kk": "Тегі, аты, әкесінің аты", "en": "Name"},
    "col_position": {"ru": "Должность, организация", "kk": "Лауазымы, ұйымы", "en": "Position, organisation"},
    "col_role": {"ru": "Статус", "kk": "Мәртебесі", "en": "Role"},
    "col_signature": {"ru": "Подпись", "kk": "Қолы", "en": "Signature"},
    "col_time": {"ru": "Время", "kk": "Уақыты", "en": "Time"},
    "col_minutes": {"ru": "Мин.", "kk": "Мин.", "en": "Min."},
    "col_item": {"ru": "Вопрос", "kk": "Мәселе", "en": "Item"},
    "col_speakers": {"ru": "Докладчики", "kk": "Баяндамашылар", "en": "Rapporteurs"},
    "col_notes": {"ru": "Заметки", "kk": "Ескертпелер", "en": "Notes"},
    "col_resolution": {"ru": "Решение", "kk": "Шешім", "en": "Resolution"},
    "col_result": {"ru": "Итог голосования", "kk": "Дауыс беру қорытындысы", "en": "Vote"},
    "col_task": {"ru": "Поручение", "kk": "Тапсырма", "en": "Assignment"},
    "col_meeting": {"ru": "Протокол", "kk": "Хаттама", "en": "Minutes"},
    "col_responsible": {"ru": "Ответственный", "kk": "Жауапты", "en": "Responsible"},
    "col_deadline": {"ru": "Срок", "kk": "Мерзімі", "en": "Deadline"},
    "col_status": {"ru": "Состояние", "kk": "Жай-күйі", "en": "Status"},
    # --- companions -------------------------------------------------------------------------
    "invitation": {"ru": "Заседание состоится {date} в {time}.",
                   "kk": "Отырыс {date} сағат {time_at} өтеді.",
                   "en": "The meeting will be held on {date} at {time}."},
    "opening": {"ru": "Открытие заседания", "kk": "Отырыстың ашылуы", "en": "Opening of the meeting"},
    "closing": {"ru": "Закрытие заседания", "kk": "Отырыстың жабылуы", "en": "Closing of the meeting"},
    "planned_end": {"ru": "Плановое окончание: {time}", "kk": "Жоспарлы аяқталуы: {time}",
                    "en": "Planned end: {time}"},
    "quorum_needs": {"ru": "Для кворума: {body} — не менее {required} из {members}",
                     "kk": "Кворум үшін: {body} — {members} мүшенің кемінде {required}",
                     "en": "Quorum: {body} — at least {required} of {members}"},
    "extract_item": {"ru": "Вопрос повестки дня № {position}", "kk": "Күн тәртібінің № {position} мәселесі",
                     "en": "Agenda item {position}"},
    "as_of": {"ru": "По состоянию на {date}", "kk": "{date} жағдай бойынша", "en": "As of {date}"},
    "resolutions_of": {"ru": "Решения заседания", "kk": "Отырыстың шешімдері", "en": "Resolutions of the meeting"},
    "assignments_of": {"ru": "Поручения и их исполнение", "kk": "Тапсырмалар және олардың орындалуы",
                       "en": "Assignments and their follow-up"},
    "none": {"ru": "нет", "kk": "жоқ", "en": "none"},
    "no_vote": {"ru": "голосование не проводилось", "kk": "дауыс беру өткізілмеді", "en": "no vote recorded"},
    "done_on": {"ru": "исполнено {date}", "kk": "{date} орындалды", "en": "done {date}"},
    # statuses and roles
    "status_open": {"ru": "на исполнении", "kk": "орындалуда", "en": "open"},
    "status_done": {"ru": "исполнено", "kk": "орындалды", "en": "done"},
    "status_cancelled": {"ru": "снято с контроля", "kk": "бақылаудан алынды", "en": "cancelled"},
    "overdue": {"ru": "просрочено", "kk": "мерзімі өтті", "en": "overdue"},
    "role_chair": {"ru": "председатель", "kk": "төраға", "en": "chair"},
    "role_deputy_chair": {"ru": "заместитель председателя", "kk": "төрағаның орынбасары", "en": "deputy chair"},
    "role_secretary": {"ru": "секретарь", "kk": "хатшы", "en": "secretary"},
    "role_member": {"ru": "член", "kk": "мүше", "en": "member"},
    "role_guest": {"ru": "приглашённый", "kk": "шақырылған", "en": "invited"},
    # exports for other offices (exchange/): spreadsheets, the invitation, the covering letter
    "sheet_attendance": {"ru": "Явка", "kk": "Қатысу", "en": "Attendance"},
    "sheet_agenda": {"ru": "Повестка", "kk": "Күн тәртібі", "en": "Agenda"},
    "sheet_resolutions": {"ru": "Решения", "kk": "Шешімдер", "en": "Resolutions"},
    "sheet_assignments": {"ru": "Поручения", "kk": "Тапсырмалар", "en": "Assignments"},
    "col_organization": {"ru": "Организация", "kk": "Ұйым", "en": "Organisation"},
    "col_post": {"ru": "Должность", "kk": "Лауазымы", "en": "Position"},
    "col_attendance": {"ru": "Явка", "kk": "Қатысуы", "en": "Attendance"},
    "col_substitute": {"ru": "Замещает", "kk": "Кімнің орнына", "en": "Substitutes for"},
    "col_for": {"ru": "За", "kk": "Жақтап", "en": "For"},
    "col_against": {"ru": "Против", "kk": "Қарсы", "en": "Against"},
    "col_abstained": {"ru": "Воздержались", "kk": "Қалыс қалды", "en": "Abstained"},
    "col_unanimous": {"ru": "Единогласно", "kk": "Бірауыздан", "en": "Unanimous"},
    "col_adopted": {"ru": "Принято", "kk": "Қабылданды", "en": "Adopted"},
    "yes": {"ru": "да", "kk": "иә", "en": "yes"},
    "no": {"ru": "нет", "kk": "жоқ", "en": "no"},
    "attendance_present": {"ru": "присутствовал(а)", "kk": "қатысты", "en": "present"},
    "attendance_remote": {"ru": "дистанционно", "kk": "қашықтан", "en": "remote"},
    "attendance_absent": {"ru": "отсутствовал(а)", "kk": "қатыспады", "en": "absent"},
    "attendance_excused": {"ru": "отсутствовал(а) по уважительной причине", "kk": "дәлелді себеппен қатыспады",
                           "en": "excused"},
    "formula_note": {"ru": "Ячейки, начинавшиеся с =, +, -, @, табуляции или возврата каретки, предварены "
                           "апострофом и показаны как текст, а не формула.",
                     "kk": "=, +, -, @, табуляция немесе каретка қайтару белгісінен басталған ұяшықтардың "
                           "алдына апостроф қойылды: олар формула емес, мәтін ретінде көрсетіледі.",
                     "en": "Cells that began with =, +, -, @, a tab or a carriage return are prefixed with an "
                           "apostrophe and shown as text, not run as a formula."},
    "cell_cut_note": {"ru": "Текст длиннее, чем вмещает ячейка таблицы (32 767 символов), обрезан и заканчивается "
                            "«…»; целиком он есть в протоколе и в экспорте CSV.",
                      "kk": "Кесте ұяшығына сыйатыннан (32 767 таңба) ұзын мәтін қысқартылып, «…» белгісімен "
                            "аяқталады; толық мәтін хаттамада және CSV экспортында бар.",
                      "en": "A text longer than a spreadsheet cell holds (32,767 characters) is cut and ends with "
                            "“…”; the protocol and the CSV export hold it whole."},
    "invitation_summary": {"ru": "{doc} № {number}: {bodies}", "kk": "№ {number} {doc}: {bodies}",
                           "en": "{doc} No. {number}: {bodies}"},
    "mail_subject": {"ru": "{doc} № {number} от {date}", "kk": "{date} № {number} {doc}",
                     "en": "{doc} No. {number} of {date}"},
    "mail_body": {"ru": "Добрый день!\n\nНаправляем документы заседания № {number} от {date} ({bodies}).\n"
                        "Вложения: {files}.\n\nС уважением,\n{sender}",
                  "kk": "Сәлеметсіз бе!\n\n{date} № {number} отырыстың ({bodies}) құжаттарын жібереміз.\n"
                        "Тіркелген файлдар: {files}.\n\nҚұрметпен,\n{sender}",
                  "en": "Dear colleagues,\n\nPlease find the documents of meeting No. {number} of {date} "
                        "({bodies}) attached.\nAttachments: {files}.\n\nKind regards,\n{sender}"},
    # PDF metadata
    "creator": {"ru": "Council Desktop", "kk": "Council Desktop", "en": "Council Desktop"},
}

# Kazakh running text lowers a position after a name only when it starts with one of these common
# words ("В. Локшин, бас директор"); any other first word may be (part of) a name and stays as stored.
KAZAKH_POSITION_WORDS = frozenset(
    "бас басқарма басшы басшысы бастығы бөлім бөлімінің бөлімше бөлімшесінің директор директоры "
    "ректор ректоры проректор проректоры профессор профессоры доцент доценті зертхана зертхананың "
    "зертханасының кафедра кафедрасының меңгеруші меңгерушісі төраға төрағасы төрағаның орынбасары "
    "орынбасар жетекші аға кіші ғылыми қауымдастырылған хатшы хатшысы сарапшы сарапшысы маман "
    "кеңесші кеңесшісі министр министрі вице-министр вице-министрі бағдарлама жоба жобасының".split())

# BCP 47 tags for the PDF catalogue's /Lang
PDF_LANG = {"ru": "ru-RU", "kk": "kk-KZ", "en": "en-GB"}

MONTHS = {
    # genitive in Russian ("20 февраля"), nominative in Kazakh ("20 ақпан")
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
           "қазан", "қараша", "желтоқсан"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}


def label(key: str, lang: str, **params) -> str:
    """The label in `lang`; a label missing in that language is an error, never another language."""
    # a dash never starts a line, nor is a count left alone at the start of the next («за» — 10)
    text = LABELS[key][lang].replace(" —", "\u00a0—").replace("— {", "—\u00a0{")
    return text.format(**params) if params else text


def as_date(value: str | dt.date | None) -> dt.date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def short_date(value: str | dt.date | None) -> str:
    """The date requisite of an official document: 20.02.2026 in every language."""
    d = as_date(value)
    return d.strftime("%d.%m.%Y") if d else ""


def long_date(value: str | dt.date | None, lang: str) -> str:
    d = as_date(value)
    if d is None:
        return ""
    month = MONTHS.get(lang, MONTHS["ru"])[d.month - 1]
    if lang == "kk":
        return f"{d.year} жылғы {d.day} {month}"
    if lang == "en":
        return f"{d.day} {month} {d.year}"
    return f"{d.day} {month} {d.year} года"


def on_date(value: str | dt.date | None, lang: str) -> str:
    """The date an event happens on, in running text: «2026 жылғы 20 ақпанда», «20 февраля 2026 года»."""
    d = as_date(value)
    if d is None:
        return ""
    if lang == "kk":
        month = MONTHS["kk"][d.month - 1]
        return f"{d.year} жылғы {d.day} {month}{kk_locative(month)}"
    return long_date(d, lang)


# --- Kazakh endings: vowel harmony and the sound a numeral ends with -------------------------------
_KK_BACK, _KK_FRONT = set("аоұыяё"), set("әөүіеэю")
_KK_VOICELESS = set("кқпстфхцчшщ")
_KK_UNITS = ("нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
_KK_TENS = ("", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан")


def _kk_front(word: str) -> bool:
    return next((ch in _KK_FRONT for ch in reversed(word.casefold()) if ch in _KK_BACK | _KK_FRONT), False)


def kk_numeral_word(n: int) -> str:
    """The last word of a number as read aloud: the one its endings agree with (10 → он, 11 → бір)."""
    if n % 10 or n == 0:
        return _KK_UNITS[n % 10]
    if n % 100:
        return _KK_TENS[n % 100 // 10]
    return "жүз" if n % 1000 else "мың"


def kk_locative(word: str) -> str:
    """-да / -де / -та / -те after `word`: ақпан → да, қыркүйек → те, нөл → де."""
    voiceless = word[-1:].casefold() in _KK_VOICELESS
    return ("те" if voiceless else "де") if _kk_front(word) else ("та" if voiceless else "да")


def kk_part_of(n: int) -> str:
    """A number as the part of a whole: «10-ы», «11-і», «6-сы», «2-сі», «50-і»."""
    word = kk_numeral_word(n)
    ending = "і" if _kk_front(word) else "ы"
    if word[-1] in _KK_BACK | _KK_FRONT:  # after a vowel (у counts as a consonant here: елуі)
        ending = "с" + ending
    return f"{n}-{ending}"


def kk_at_time(time: str) -> str:
    """«10:00-де», «10:30-да»: the clock time read aloud, its last word deciding the ending."""
    hours, _, minutes = time.partition(":")
    word = kk_numeral_word(int(minutes)) if minutes and int(minutes) else "нөл"
    return f"{time}-{kk_locative(word)}"


# The Kazakh Cyrillic alphabet; Russian letters keep their Russian order within it.
_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}


def alphabetical_key(name: str) -> tuple:
    """Sort key for lists "in alphabetical order": Ә after А, Қ after К, Latin letters after Cyrillic."""
    key = []
    for ch in (name or "").casefold():
        if ch in _RANK:
            key.append(_RANK[ch])
        elif ch.isdigit():
            key.append(int(ch) - 10)  # digits before letters
        elif ch.isalpha():
            key.append(100 + ord(ch))
        # spaces, dots and hyphens do not decide the order
    return tuple(key)


# the file kind (file_… above) of each export format but DOCX (a protocol or an extract) and CSV (its list)
EXPORT_FILE = {"xlsx": "lists", "ics": "invitation", "eml": "letter", "bundle": "bundle"}


def file_stem(kind: str, lang: str, view: dict, item: int | None = None) -> str:
    """A meeting's document's file name without its suffix: kind, number and date in the document's
    language (Протокол_1-1_2026-02-20, Үзінді_1-1_2026-02-20_мәселе_2: a joint meeting's 1/1 is 1-1), with
    nothing a file system refuses.  `view`: the meeting's, with its bodies' numbers and its date."""
    number = "-".join(str(b["number"]) for b in view["bodies"])
    parts = [label(f"file_{kind}", lang), number, view["date"]]
    if kind == "extract" and item:
        parts.append(f"{label('file_item', lang)} {item}")
    return re.sub(r'[\\/:*?"<>|\s]+', "_", "_".join(parts)).strip("_.")
