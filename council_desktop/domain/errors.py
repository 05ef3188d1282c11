"""Mistakes a user can make, with their message in Kazakh, Russian and English.

A service raises `CouncilError(code, **params)`; the CLI prints `message(lang)` on one
line and exits 2, the GUI shows it next to the field it names.  Nothing is changed
when one is raised: the service's transaction rolls back.
"""
from __future__ import annotations

import locale
import os

from .entities import LANGUAGES

MESSAGES: dict[str, dict[str, str]] = {
    "not_found": {
        "en": "{kind} {ident} does not exist",
        "ru": "{kind} {ident} не найден(а)",
        "kk": "{kind} {ident} табылмады",
    },
    "required": {
        "en": "{field}: a value is required",
        "ru": "{field}: нужно заполнить",
        "kk": "{field}: толтыру қажет",
    },
    "invalid_value": {
        "en": "{field}: invalid value {value!r}",
        "ru": "{field}: недопустимое значение {value!r}",
        "kk": "{field}: жарамсыз мән {value!r}",
    },
    "invalid_email": {
        "en": "e-mail: {value!r} is not an e-mail address",
        "ru": "e-mail: {value!r} — не адрес электронной почты",
        "kk": "e-mail: {value!r} — электрондық пошта мекенжайы емес",
    },
    "invalid_date": {
        "en": "{field}: {value!r} is not a date (YYYY-MM-DD)",
        "ru": "{field}: {value!r} — не дата (ГГГГ-ММ-ДД)",
        "kk": "{field}: {value!r} — күн емес (ЖЖЖЖ-АА-КК)",
    },
    "date_order": {
        "en": "{field}: the end comes before the start",
        "ru": "{field}: окончание раньше начала",
        "kk": "{field}: аяқталуы басталуынан бұрын",
    },
    "vote_negative": {
        "en": "vote: a count cannot be negative",
        "ru": "голосование: число голосов не может быть отрицательным",
        "kk": "дауыс беру: дауыс саны теріс бола алмайды",
    },
    "vote_exceeds_present": {
        "en": "vote: {cast} votes cast but only {present} members present",
        "ru": "голосование: подано {cast} голосов, а присутствует членов только {present}",
        "kk": "дауыс беру: {cast} дауыс берілді, ал қатысқан мүшелер тек {present}",
    },
    "vote_by_roll_call": {
        "en": "vote: resolution {number} was taken by roll call and its counts come from the names; "
              "to change it, take the vote again in meeting mode (F9)",
        "ru": "голосование: по решению {number} голосовали поимённо, число голосов считается по фамилиям; "
              "чтобы изменить его, проведите голосование заново в режиме заседания (F9)",
        "kk": "дауыс беру: {number} шешімі бойынша атаулы дауыс берілді, дауыс саны аты-жөндер бойынша "
              "есептеледі; өзгерту үшін отырыс режимінде дауыс беруді қайта өткізіңіз (F9)",
    },
    "vote_exceeds_attendance": {
        "en": "vote: resolution {number} records {cast} votes but only {present} members are now present; "
              "correct the vote or the attendance",
        "ru": "голосование: по решению {number} записано {cast} голосов, а присутствует членов теперь {present}; "
              "исправьте голосование или явку",
        "kk": "дауыс беру: {number} шешімі бойынша {cast} дауыс жазылған, ал қазір тек {present} мүше қатысады; "
              "дауыс беруді немесе қатысуды түзетіңіз",
    },
    # a joint meeting's show-of-hands vote counted in each body (rules.validate_body_counts)
    "body_vote_not_split": {
        "en": "vote by body: resolution {number} needs no count per body: only a show-of-hands vote of a joint "
              "meeting with its total recorded is counted per body (a roll-call or unanimous one already is)",
        "ru": "голосование по органам: по решению {number} подсчёт по органам не ведётся: его ведут только для "
              "открытого голосования совместного заседания с записанным итогом (поимённое или единогласное "
              "уже подсчитано по органам)",
        "kk": "органдар бойынша дауыс беру: {number} шешімі бойынша органдар бойынша санау жүргізілмейді: ол "
              "тек қорытындысы жазылған бірлескен отырыстың ашық дауыс беруі үшін жүргізіледі (атаулы немесе "
              "бірауыздан дауыс беру органдар бойынша есептелген)",
    },
    "body_vote_bodies": {
        "en": "vote by body: give the counts of each body of the meeting: {bodies}",
        "ru": "голосование по органам: укажите число голосов каждого органа заседания: {bodies}",
        "kk": "органдар бойынша дауыс беру: отырыстың әр органының дауыс санын көрсетіңіз: {bodies}",
    },
    "body_vote_exceeds_present": {
        "en": "vote by body: {body} counts {cast} votes but only {present} of its members are present",
        "ru": "голосование по органам: у {body} подано {cast} голосов, а присутствует его членов только {present}",
        "kk": "органдар бойынша дауыс беру: {body} бойынша {cast} дауыс берілді, ал оның қатысқан мүшелері "
              "тек {present}",
    },
    "body_vote_total": {
        "en": "vote by body: the bodies' counts (for {for_}, against {against}, abstained {abstained}) do not "
              "agree with the total (for {total_for}, against {total_against}, abstained {total_abstained}): "
              "a member counts in each body they sit on, so the bodies' counts add up to the total, more only "
              "by the members present who sit on both ({both})",
        "ru": "голосование по органам: голоса органов («за» {for_}, «против» {against}, «воздержались» "
              "{abstained}) не сходятся с итогом («за» {total_for}, «против» {total_against}, «воздержались» "
              "{total_abstained}): член голосует в каждом органе, где состоит, поэтому сумма по органам равна "
              "итогу и больше его только на присутствующих членов обоих органов ({both})",
        "kk": "органдар бойынша дауыс беру: органдардың дауыстары («жақтап» {for_}, «қарсы» {against}, «қалыс» "
              "{abstained}) қорытындымен («жақтап» {total_for}, «қарсы» {total_against}, «қалыс» "
              "{total_abstained}) сәйкес келмейді: мүше өзі құрамындағы әр органда дауыс береді, сондықтан "
              "органдар бойынша қосынды қорытындыға тең және одан тек екі органның да қатысқан мүшелерінің "
              "санына ғана артық бола алады ({both})",
    },
    "composition_locked": {
        "en": "membership: the change would alter the composition at the signed meeting No. {number} of {date}; "
              "amend that protocol first",
        "ru": "состав: изменение затронет состав на подписанном заседании № {number} от {date}; "
              "сначала создайте новую редакцию его протокола",
        "kk": "құрам: өзгеріс {date} күнгі қол қойылған № {number} отырыстың құрамына әсер етеді; "
              "алдымен оның хаттамасының жаңа нұсқасын жасаңыз",
    },
    "quorum_fixed_missing": {
        "en": "quorum: a fixed quorum needs a number of members",
        "ru": "кворум: для фиксированного кворума нужно указать число членов",
        "kk": "кворум: тіркелген кворум үшін мүшелер санын көрсету қажет",
    },
    "transition_not_allowed": {
        "en": "status: a meeting cannot go from {current} to {target}",
        "ru": "статус: заседание нельзя перевести из «{current}» в «{target}»",
        "kk": "мәртебе: отырысты «{current}» күйінен «{target}» күйіне ауыстыруға болмайды",
    },
    "preflight_blocked": {
        "en": "pre-flight: something found blocks this step — check the meeting again and fix it first",
        "ru": "проверка перед шагом: найденное препятствует этому шагу — проверьте заседание ещё раз и сначала исправьте",
        "kk": "қадам алдындағы тексеру: табылған мәселе бұл қадамға кедергі — отырысты қайта тексеріп, алдымен түзетіңіз",
    },
    "preflight_changed": {
        "en": "pre-flight: the meeting changed since it was checked — check it again",
        "ru": "проверка перед шагом: заседание изменилось после проверки — проверьте его ещё раз",
        "kk": "қадам алдындағы тексеру: отырыс тексерілгеннен кейін өзгерді — қайта тексеріңіз",
    },
    "preflight_found": {
        "en": "pre-flight: {count} finding(s) before this step, {blocking} of them blocking — fix them, or accept "
              "those that do not block with a reason (council: --accept REASON)",
        "ru": "проверка перед шагом: найдено {count}, из них препятствует {blocking} — исправьте или примите "
              "непрепятствующее с указанием причины (council: --accept ПРИЧИНА)",
        "kk": "қадам алдындағы тексеру: {count} табылды, оның {blocking} кедергі — түзетіңіз немесе кедергі "
              "емесін себебін көрсетіп қабылдаңыз (council: --accept СЕБЕП)",
    },
    "sign_needs_chair_and_secretary": {
        "en": "signing: the protocol needs a chair and a secretary",
        "ru": "подписание: в протоколе должны быть председатель и секретарь",
        "kk": "қол қою: хаттамада төраға мен хатшы болуы керек",
    },
    "protocol_locked": {
        "en": "the protocol of meeting {ident} is signed and read-only; amend it to change it",
        "ru": "протокол заседания {ident} подписан и закрыт для изменений; для правки создайте новую редакцию",
        "kk": "{ident} отырысының хаттамасына қол қойылған, өзгертуге болмайды; түзету үшін жаңа нұсқасын жасаңыз",
    },
    "deadline_before_meeting": {
        "en": "deadline: {deadline} comes before the meeting that gives the assignment ({date}); give a later date",
        "ru": "срок: {deadline} — раньше заседания, на котором дано поручение ({date}); укажите более позднюю дату",
        "kk": "мерзімі: {deadline} — тапсырма берілген отырыстан ({date}) бұрын; кейінірек күнді көрсетіңіз",
    },
    "signing_key_unreadable": {
        "en": "the signing key could not be opened ({reason}): check the .p12 file and its passphrase "
              "(COUNCIL_KEY_PASSPHRASE)",
        "ru": "не удалось открыть ключ подписи ({reason}): проверьте файл .p12 и его пароль (COUNCIL_KEY_PASSPHRASE)",
        "kk": "қол қою кілті ашылмады ({reason}): .p12 файлын және оның құпиясөзін (COUNCIL_KEY_PASSPHRASE) тексеріңіз",
    },
    "root_certificate_unreadable": {
        "en": "{path}: not a certificate (PEM or DER); give the root certificate the office trusts",
        "ru": "{path}: это не сертификат (PEM или DER); укажите корневой сертификат, которому доверяет аппарат",
        "kk": "{path}: бұл сертификат емес (PEM немесе DER); кеңсе сенетін түбірлік сертификатты көрсетіңіз",
    },
    "sign_draft_refused": {
        "en": "meeting {ident}: its protocol is a draft; sign it in the program first (Lifecycle → Sign), then "
              "add the digital signature",
        "ru": "заседание {ident}: протокол — проект; сначала подпишите его в программе (Жизненный цикл → Подписать), "
              "затем добавьте электронную подпись",
        "kk": "отырыс {ident}: хаттама — жоба; алдымен оны бағдарламада қол қойыңыз (Өмірлік цикл → Қол қою), "
              "содан кейін электрондық қолтаңба қосыңыз",
    },
    "language_gap": {  # a warning before printing or signing (services/language_check.py)
        "en": "warning: {what} {ident} has no {field} text: the document prints another language's or nothing",
        "ru": "предупреждение: {what} {ident} — нет текста на языке «{field}»: документ напечатает текст на другом "
              "языке или ничего",
        "kk": "ескерту: {what} {ident} — {field} мәтін жоқ: құжатта басқа тілдегі мәтін басылады "
              "немесе ештеңе басылмайды",
    },
    "signed_file_damaged": {
        "en": "the stored signed file of the protocol of meeting {ident} (version {revision}) is damaged: this copy "
              "was printed again from the data stored at signing; run council check",
        "ru": "хранимый подписанный файл протокола заседания {ident} (редакция {revision}) повреждён: эта копия "
              "заново напечатана по данным, сохранённым при подписании; выполните council check",
        "kk": "{ident} отырысы хаттамасының сақталған қол қойылған файлы (нұсқа {revision}) зақымдалған: бұл "
              "көшірме қол қою кезінде сақталған деректерден қайта басылды; council check орындаңыз",
    },
    "signatories_one_body": {
        "en": "signatories: meeting {ident} is of one body, whose protocol the meeting's chair and secretary sign: "
              "choose them as the meeting's chair and secretary",
        "ru": "подписанты: заседание {ident} проводит один орган, его протокол подписывают председатель и "
              "секретарь заседания: выберите их как председателя и секретаря заседания",
        "kk": "қол қоюшылар: {ident} отырысын бір орган өткізеді, оның хаттамасына отырыстың төрағасы мен хатшысы "
              "қол қояды: оларды отырыстың төрағасы мен хатшысы ретінде таңдаңыз",
    },
    "body_not_in_meeting": {
        "en": "signatories: {body} is not a body of meeting {ident}; its bodies: {bodies}",
        "ru": "подписанты: {body} не входит в органы заседания {ident}; его органы: {bodies}",
        "kk": "қол қоюшылар: {body} {ident} отырысының органдарына кірмейді; оның органдары: {bodies}",
    },
    "signs_twice": {
        "en": "{name} cannot sign both as chair and as secretary ({body}): choose another person for one of them.",
        "ru": "{name} не может подписать протокол и как председатель, и как секретарь ({body}): "
              "выберите на одну из ролей другого человека.",
        "kk": "{name} хаттамаға әрі төраға, әрі хатшы ретінде қол қоя алмайды ({body}): "
              "бір рөлге басқа адамды таңдаңыз.",
    },
    "merge_signs_twice": {
        "en": "cannot merge: {name} would sign the protocol of meeting No. {number} of {date} both as chair and as "
              "secretary ({body}); choose another signatory there first, then merge",
        "ru": "объединить нельзя: {name} подписал(а) бы протокол заседания № {number} от {date} и как председатель, "
              "и как секретарь ({body}); сначала выберите там другого подписанта, затем объедините",
        "kk": "біріктіруге болмайды: {name} {date} күнгі № {number} отырыстың хаттамасына әрі төраға, әрі хатшы "
              "ретінде қол қояр еді ({body}); алдымен онда басқа қол қоюшыны таңдаңыз, содан кейін біріктіріңіз",
    },
    "number_taken": {
        "en": "number: meeting No. {number} of {year} already exists in {body}",
        "ru": "номер: заседание № {number} за {year} год уже есть в органе «{body}»",
        "kk": "нөмір: {year} жылғы № {number} отырыс «{body}» органында бұрыннан бар",
    },
    "no_body": {
        "en": "bodies: a meeting needs at least one council body",
        "ru": "органы: у заседания должен быть хотя бы один совет",
        "kk": "органдар: отырыстың кемінде бір кеңесі болуы керек",
    },
    "not_a_member": {
        "en": "attendance: {person} is not on the attendance list of this meeting",
        "ru": "явка: {person} нет в списке присутствующих этого заседания",
        "kk": "қатысу: {person} осы отырыстың тізімінде жоқ",
    },
    "stale_edit": {
        "en": "{kind} {ident} was changed meanwhile by someone else, so this change was not saved over it",
        "ru": "{kind} {ident} тем временем изменил кто-то другой, поэтому это изменение не записано поверх",
        "kk": "{kind} {ident} басқа біреу өзгертті, сондықтан бұл өзгеріс оның үстінен жазылмады",
    },
    "database_too_new": {
        "en": "database {path} was written by a newer version of Council Desktop (schema {revision}); "
              "it was left untouched",
        "ru": "база данных {path} записана более новой версией Council Desktop (схема {revision}); "
              "она не изменена",
        "kk": "{path} дерекқорын Council Desktop-тың жаңа нұсқасы жазған (схема {revision}); ол өзгертілмеді",
    },
    "database_unreadable": {
        "en": "database {path} cannot be opened: {reason}",
        "ru": "базу данных {path} не удаётся открыть: {reason}",
        "kk": "{path} дерекқорын ашу мүмкін емес: {reason}",
    },
    "database_not_ours": {
        "en": "{path} is not a Council Desktop database; it was left untouched: choose a database of this program",
        "ru": "{path} — не база данных Council Desktop; файл не изменён: выберите базу данных этой программы",
        "kk": "{path} — Council Desktop дерекқоры емес; файл өзгертілмеді: осы бағдарламаның дерекқорын таңдаңыз",
    },
    "database_missing": {
        "en": "database {path} does not exist; nothing was created: check the path, or create a new database "
              "with council init or File → New database",
        "ru": "базы данных {path} нет; ничего не создано: проверьте путь или создайте новую базу командой "
              "council init или через Файл → Новая база данных",
        "kk": "{path} дерекқоры жоқ; ештеңе жасалмады: жолды тексеріңіз немесе жаңа дерекқорды council init "
              "командасымен не Файл → Жаңа дерекқор арқылы жасаңыз",
    },
    "database_path_empty": {
        "en": "--db: the database path is empty; give a file name or leave --db out",
        "ru": "--db: путь к базе данных пуст; укажите имя файла или не указывайте --db",
        "kk": "--db: дерекқор жолы бос; файл атауын көрсетіңіз немесе --db көрсетпеңіз",
    },
    "database_read_only": {
        "en": "database {path} is open read-only ({reason}): nothing was changed; to edit, copy it to a folder "
              "you can write to",
        "ru": "база данных {path} открыта только для чтения ({reason}): ничего не изменено; чтобы редактировать, "
              "скопируйте её в папку, доступную для записи",
        "kk": "{path} дерекқоры тек оқу үшін ашылған ({reason}): ештеңе өзгертілмеді; өңдеу үшін оны жазуға "
              "болатын қалтаға көшіріңіз",
    },
    "database_read_only_old": {
        "en": "database {path} was written by an earlier version and must be upgraded, but it is read-only "
              "({reason}); it was left untouched: copy it to a folder you can write to",
        "ru": "база данных {path} записана прежней версией и требует обновления, но доступна только для чтения "
              "({reason}); она не изменена: скопируйте её в папку, доступную для записи",
        "kk": "{path} дерекқорын бұрынғы нұсқа жазған, оны жаңарту керек, бірақ ол тек оқуға арналған "
              "({reason}); ол өзгертілмеді: оны жазуға болатын қалтаға көшіріңіз",
    },
    "file_unreadable": {
        "en": "{path}: cannot read the file: {reason}",
        "ru": "{path}: не удаётся прочитать файл: {reason}",
        "kk": "{path}: файлды оқу мүмкін емес: {reason}",
    },
    "file_unwritable": {
        "en": "{path}: cannot write the file: {reason}",
        "ru": "{path}: не удаётся записать файл: {reason}",
        "kk": "{path}: файлды жазу мүмкін емес: {reason}",
    },
    "output_is_database": {
        "en": "{path} is the database {database} or one of its files (journal, backup); "
              "nothing was written: choose another file name",
        "ru": "{path} — это база данных {database} или один из её файлов (журнал, резервная копия); "
              "ничего не записано: выберите другое имя файла",
        "kk": "{path} — {database} дерекқоры немесе оның файлдарының бірі (журнал, сақтық көшірме); "
              "ештеңе жазылмады: файлдың басқа атауын таңдаңыз",
    },
    # conditions of the machine (store/faults.py): the thing, and the way forward
    "database_locked": {
        "en": "database {path} is busy: another program or window is writing to it; nothing was changed: "
              "try again when it has finished",
        "ru": "база данных {path} занята: в неё пишет другая программа или окно; ничего не изменено: "
              "повторите, когда запись закончится",
        "kk": "{path} дерекқоры бос емес: оған басқа бағдарлама немесе терезе жазып жатыр; ештеңе өзгертілмеді: "
              "жазу аяқталғанда қайталаңыз",
    },
    "disk_full": {
        "en": "{path}: the disk is full; nothing was changed: free some space and try again",
        "ru": "{path}: на диске нет места; ничего не изменено: освободите место и повторите",
        "kk": "{path}: дискіде орын жоқ; ештеңе өзгертілмеді: орын босатып, қайталаңыз",
    },
    "database_cannot_write": {
        "en": "database {path} cannot be written ({reason}); nothing was changed: check the permissions of "
              "the file and its folder, or copy it to a folder you can write to",
        "ru": "в базу данных {path} нельзя записать ({reason}); ничего не изменено: проверьте права на файл "
              "и его папку или скопируйте базу в папку, доступную для записи",
        "kk": "{path} дерекқорына жазу мүмкін емес ({reason}); ештеңе өзгертілмеді: файл мен оның қалтасына "
              "рұқсатты тексеріңіз немесе дерекқорды жазуға болатын қалтаға көшіріңіз",
    },
    "argument_undecodable": {
        "en": "the argument {value} is not valid text (bytes outside the system's encoding); nothing was done: "
              "retype it, or rename the file to a name in UTF-8",
        "ru": "аргумент {value} — не текст (байты вне кодировки системы); ничего не сделано: "
              "наберите его заново или переименуйте файл в имя в UTF-8",
        "kk": "{value} аргументі мәтін емес (жүйе кодтауынан тыс байттар); ештеңе жасалмады: "
              "оны қайта теріңіз немесе файлды UTF-8 атауымен қайта атаңыз",
    },
    "search_too_long": {
        "en": "search: the text to search for is too long for the database; shorten it",
        "ru": "поиск: слишком длинный текст для поиска; сократите его",
        "kk": "іздеу: іздейтін мәтін тым ұзын; оны қысқартыңыз",
    },
    "not_a_number": {
        "en": "{field}: {value!r} is not a number; use the digits 0–9",
        "ru": "{field}: {value!r} — не число; используйте цифры 0–9",
        "kk": "{field}: {value!r} — сан емес; 0–9 цифрларын қолданыңыз",
    },
    "backup_not_ours": {
        "en": "{path} is not a Council Desktop database or backup; nothing was restored: choose a backup "
              "made by this program",
        "ru": "{path} — не база данных и не резервная копия Council Desktop; ничего не восстановлено: "
              "выберите копию, сделанную этой программой",
        "kk": "{path} — Council Desktop дерекқоры да, сақтық көшірмесі де емес; ештеңе қалпына келтірілмеді: "
              "осы бағдарлама жасаған көшірмені таңдаңыз",
    },
    "backup_damaged": {
        "en": "backup {path} is damaged ({reason}); nothing was restored: choose another backup",
        "ru": "резервная копия {path} повреждена ({reason}); ничего не восстановлено: выберите другую копию",
        "kk": "{path} сақтық көшірмесі бүлінген ({reason}); ештеңе қалпына келтірілмеді: басқа көшірмені таңдаңыз",
    },
    "restore_same_file": {
        "en": "{path} is the open database itself; nothing was restored: choose a backup",
        "ru": "{path} — это сама открытая база данных; ничего не восстановлено: выберите резервную копию",
        "kk": "{path} — ашық тұрған дерекқордың өзі; ештеңе қалпына келтірілмеді: сақтық көшірмені таңдаңыз",
    },
    "backup_needs_file": {
        "en": "backup and restore work on a database file; {path} is a server: use the server's own backups",
        "ru": "резервное копирование и восстановление работают с файлом базы данных; {path} — сервер: "
              "используйте резервные копии самого сервера",
        "kk": "сақтық көшірме мен қалпына келтіру дерекқор файлымен жұмыс істейді; {path} — сервер: "
              "сервердің өз сақтық көшірмелерін пайдаланыңыз",
    },
    "demo_exists": {
        "en": "the demo data is already loaded in this database",
        "ru": "демонстрационные данные уже загружены в эту базу",
        "kk": "демо деректер бұл дерекқорға бұрыннан жүктелген",
    },
    "in_use": {
        "en": "{kind} {ident} is still referenced by {what} and cannot be deleted",
        "ru": "{kind} {ident} ещё используется ({what}) и не может быть удалён",
        "kk": "{kind} {ident} әлі қолданылады ({what}), жоюға болмайды",
    },
    # --- exchange with other offices (services/exchange.py): a refused file changes nothing ---------
    "bundle_not_zip": {
        "en": "{path} is not a Council Desktop bundle (.council); nothing was imported: "
              "choose the .council file the other office sent",
        "ru": "{path} — не пакет обмена Council Desktop (.council); ничего не импортировано: "
              "выберите файл .council, присланный другим ведомством",
        "kk": "{path} — Council Desktop алмасу пакеті (.council) емес; ештеңе импортталмады: "
              "басқа мекеме жіберген .council файлын таңдаңыз",
    },
    "bundle_unsafe_path": {
        "en": "{path}: entry {entry!r} points outside the bundle; the bundle was refused, nothing was imported: "
              "ask the sender for the bundle again",
        "ru": "{path}: элемент {entry!r} указывает за пределы пакета; пакет отклонён, ничего не импортировано: "
              "запросите пакет у отправителя ещё раз",
        "kk": "{path}: {entry!r} элементі пакеттен тыс жерді көрсетеді; пакет қабылданбады, ештеңе импортталмады: "
              "пакетті жіберушіден қайта сұраңыз",
    },
    "bundle_link": {
        "en": "{path}: entry {entry!r} is a link or a folder, not a file; "
              "the bundle was refused, nothing was imported: ask the sender for the bundle again",
        "ru": "{path}: элемент {entry!r} — ссылка или папка, а не файл; пакет отклонён, ничего не импортировано: "
              "запросите пакет у отправителя ещё раз",
        "kk": "{path}: {entry!r} элементі файл емес, сілтеме немесе қалта; пакет қабылданбады, ештеңе импортталмады: "
              "пакетті жіберушіден қайта сұраңыз",
    },
    "bundle_duplicate": {
        "en": "{path}: entry {entry!r} appears twice; the bundle was refused, nothing was imported: "
              "ask the sender for the bundle again",
        "ru": "{path}: элемент {entry!r} встречается дважды; пакет отклонён, ничего не импортировано: "
              "запросите пакет у отправителя ещё раз",
        "kk": "{path}: {entry!r} элементі екі рет кездеседі; пакет қабылданбады, ештеңе импортталмады: "
              "пакетті жіберушіден қайта сұраңыз",
    },
    "bundle_too_large": {
        "en": "{path}: {entry!r} unpacks beyond the limit ({limit}); the bundle was refused, nothing was imported: "
              "ask the sender for the bundle again",
        "ru": "{path}: {entry!r} при распаковке превышает предел ({limit}); пакет отклонён, ничего не импортировано: "
              "запросите пакет у отправителя ещё раз",
        "kk": "{path}: {entry!r} ашқанда шектен асады ({limit}); пакет қабылданбады, ештеңе импортталмады: "
              "пакетті жіберушіден қайта сұраңыз",
    },
    "bundle_mismatch": {
        "en": "{path}: entry {entry!r} does not match its {what} in the manifest (damaged or altered); "
              "nothing was imported: ask the sender for the bundle again",
        "ru": "{path}: элемент {entry!r} не совпадает с манифестом ({what}): пакет повреждён или изменён; "
              "ничего не импортировано: запросите пакет у отправителя ещё раз",
        "kk": "{path}: {entry!r} элементі манифестке сәйкес емес ({what}): пакет бүлінген не өзгертілген; "
              "ештеңе импортталмады: пакетті жіберушіден қайта сұраңыз",
    },
    "bundle_unlisted": {
        "en": "{path}: entry {entry!r} is not in the manifest; the bundle was refused, nothing was imported: "
              "ask the sender for the bundle again",
        "ru": "{path}: элемента {entry!r} нет в манифесте; пакет отклонён, ничего не импортировано: "
              "запросите пакет у отправителя ещё раз",
        "kk": "{path}: {entry!r} элементі манифестте жоқ; пакет қабылданбады, ештеңе импортталмады: "
              "пакетті жіберушіден қайта сұраңыз",
    },
    "bundle_missing": {
        "en": "{path}: {entry!r} is named but missing from the bundle; nothing was imported: "
              "ask the sender for the bundle again",
        "ru": "{path}: {entry!r} указан, но в пакете отсутствует; ничего не импортировано: "
              "запросите пакет у отправителя ещё раз",
        "kk": "{path}: {entry!r} аталған, бірақ пакетте жоқ; ештеңе импортталмады: пакетті жіберушіден қайта сұраңыз",
    },
    "bundle_newer": {
        "en": "{path} was made by a newer version of Council Desktop (bundle format {version}); "
              "update the program to import it; nothing was imported",
        "ru": "{path} создан более новой версией Council Desktop (формат пакета {version}); "
              "обновите программу, чтобы его импортировать; ничего не импортировано",
        "kk": "{path} Council Desktop-тың жаңа нұсқасында жасалған (пакет форматы {version}); "
              "оны импорттау үшін бағдарламаны жаңартыңыз; ештеңе импортталмады",
    },
    "bundle_schema": {
        "en": "{path}: {entry} does not follow the bundle format at {where}: {problem}; nothing was imported: "
              "ask the sender for the bundle again",
        "ru": "{path}: {entry} не соответствует формату пакета в {where}: {problem}; ничего не импортировано: "
              "запросите пакет у отправителя ещё раз",
        "kk": "{path}: {entry} пакет форматына {where} жерінде сәйкес емес: {problem}; ештеңе импортталмады: "
              "пакетті жіберушіден қайта сұраңыз",
    },
    "bundle_signs_twice": {
        "en": "{path}: in its meeting No. {number} of {date}, {name} signs both as chair and as secretary ({body}); "
              "the bundle was refused, nothing was imported",
        "ru": "{path}: в заседании № {number} от {date} {name} подписывает и как председатель, и как секретарь "
              "({body}); пакет отклонён, ничего не импортировано",
        "kk": "{path}: {date} күнгі № {number} отырыста {name} әрі төраға, әрі хатшы ретінде қол қояды ({body}); "
              "пакет қабылданбады, ештеңе импортталмады",
    },
    "bundle_meeting_signed": {
        "en": "{path}: its meeting No. {number} of {date} is signed in this copy ({signed}) and would have {count} "
              "of its records added or changed by the bundle; a signed protocol does not change by import: to take "
              "the other office's version, amend the protocol here first, then import again; the bundle was "
              "refused, nothing was imported",
        "ru": "{path}: заседание № {number} от {date} в этой копии подписано ({signed}), а пакет добавил бы или "
              "изменил {count} его записей; подписанный протокол импортом не меняется: чтобы принять версию "
              "другого офиса, сначала создайте здесь новую редакцию протокола, затем импортируйте снова; пакет "
              "отклонён, ничего не импортировано",
        "kk": "{path}: {date} күнгі № {number} отырысқа бұл көшірмеде қол қойылған ({signed}), ал пакет оның "
              "{count} жазбасын қосар немесе өзгертер еді; қол қойылған хаттама импортпен өзгермейді: басқа "
              "кеңсенің нұсқасын алу үшін алдымен мұнда хаттаманың жаңа нұсқасын жасап, содан кейін қайта "
              "импорттаңыз; пакет қабылданбады, ештеңе импортталмады",
    },
    "bundle_composition_locked": {
        "en": "{path}: the term of {person} in {body} from {start}, as the bundle has it, would change the "
              "composition at the meeting No. {number} of {date}, signed in this copy; a signed protocol does not "
              "change by import: to take the other office's version, amend that protocol here first, then import "
              "again; the bundle was refused, nothing was imported",
        "ru": "{path}: членство «{person} — {body}, с {start}» в версии пакета изменило бы состав на заседании "
              "№ {number} от {date}, подписанном в этой копии; подписанный протокол импортом не меняется: чтобы "
              "принять версию другого офиса, сначала создайте здесь новую редакцию этого протокола, затем "
              "импортируйте снова; пакет отклонён, ничего не импортировано",
        "kk": "{path}: пакеттегі «{person} — {body}, {start} күннен бастап» мүшелігі осы көшірмеде қол қойылған "
              "{date} күнгі № {number} отырыстың құрамын өзгертер еді; қол қойылған хаттама импортпен өзгермейді: "
              "басқа кеңсенің нұсқасын алу үшін алдымен мұнда сол хаттаманың жаңа нұсқасын жасап, содан кейін "
              "қайта импорттаңыз; пакет қабылданбады, ештеңе импортталмады",
    },
    "bundle_signatories_one_body": {
        "en": "{path}: its meeting No. {number} of {date} is of one body, whose protocol the meeting's chair and "
              "secretary sign, yet names signatories of its own; the bundle was refused, nothing was imported",
        "ru": "{path}: заседание № {number} от {date} проводит один орган, его протокол подписывают председатель "
              "и секретарь заседания, а в пакете для него выбраны свои подписанты; пакет отклонён, ничего не "
              "импортировано",
        "kk": "{path}: {date} күнгі № {number} отырысты бір орган өткізеді, оның хаттамасына отырыстың төрағасы "
              "мен хатшысы қол қояды, ал пакетте оған өз қол қоюшылары таңдалған; пакет қабылданбады, ештеңе "
              "импортталмады",
    },
    "table_unreadable": {
        "en": "{path}: cannot read a table of people from it ({reason}); save it as CSV (UTF-8) or XLSX and try again",
        "ru": "{path}: не удаётся прочитать из него таблицу лиц ({reason}); сохраните её как CSV (UTF-8) или XLSX "
              "и повторите",
        "kk": "{path}: одан тұлғалар кестесін оқу мүмкін емес ({reason}); оны CSV (UTF-8) не XLSX ретінде сақтап, "
              "қайталаңыз",
    },
    "bundle_theirs_unknown": {
        "en": "{path}: the bundle's version was asked for {uuid}, which is no record of this bundle in conflict "
              "here; nothing was imported: take the bundle's version only of records its preview lists as conflicts",
        "ru": "{path}: запрошена версия пакета для {uuid}, но такой записи этого пакета в конфликте здесь нет; "
              "ничего не импортировано: принимайте версию пакета только для записей, которые предпросмотр "
              "показывает как конфликты",
        "kk": "{path}: {uuid} үшін пакеттің нұсқасы сұралды, бірақ бұл пакеттің мұндай қайшылықтағы жазбасы мұнда "
              "жоқ; ештеңе импортталмады: пакеттің нұсқасын алдын ала қарау қайшылық ретінде көрсеткен жазбалар "
              "үшін ғана алыңыз",
    },
    "bundle_theirs_file": {
        "en": "{path}: the bundle's version was asked for {uuid}, a file, and a file here is never overwritten; "
              "nothing was imported: import without taking it",
        "ru": "{path}: запрошена версия пакета для {uuid}, это файл, а файл здесь никогда не перезаписывается; "
              "ничего не импортировано: импортируйте, не принимая его",
        "kk": "{path}: {uuid} үшін пакеттің нұсқасы сұралды, ол файл, ал мұндағы файл ешқашан қайта жазылмайды; "
              "ештеңе импортталмады: оны алмай импорттаңыз",
    },
    "changed_since_preview": {
        "en": "{path}: the file changed after its preview was read; nothing was imported: look at the preview "
              "as the file is now and import again",
        "ru": "{path}: файл изменился после того, как был прочитан для предварительного просмотра; ничего не "
              "импортировано: посмотрите просмотр того, что в файле сейчас, и импортируйте снова",
        "kk": "{path}: файл алдын ала қарау үшін оқылғаннан кейін өзгерді; ештеңе импортталмады: файлдағы "
              "қазіргі мазмұнның алдын ала қарауын қарап, қайта импорттаңыз",
    },
    "table_too_large": {
        "en": "{path}: a list of people larger than {limit} MiB is not read; split it into smaller files",
        "ru": "{path}: список лиц больше {limit} МиБ не читается; разделите его на файлы поменьше",
        "kk": "{path}: {limit} МиБ-тан үлкен тұлғалар тізімі оқылмайды; оны кішірек файлдарға бөліңіз",
    },
    "table_too_many_rows": {
        "en": "{path}: a list of people of more than {limit} rows is not read; split it into smaller files",
        "ru": "{path}: список лиц более чем из {limit} строк не читается; разделите его на файлы поменьше",
        "kk": "{path}: {limit} жолдан асатын тұлғалар тізімі оқылмайды; оны кішірек файлдарға бөліңіз",
    },
    "table_bad_line": {
        "en": "{path}: line {line} is not a line of a CSV table (a quotation mark not closed, or a cell too long); "
              "correct it, or save the table as XLSX, and try again",
        "ru": "{path}: строка {line} — не строка таблицы CSV (не закрыта кавычка или слишком длинная ячейка); "
              "исправьте её или сохраните таблицу как XLSX и повторите",
        "kk": "{path}: {line}-жол CSV кестесінің жолы емес (тырнақша жабылмаған немесе ұяшық тым ұзын); оны "
              "түзетіңіз не кестені XLSX ретінде сақтап, қайталаңыз",
    },
    "table_is_bundle": {
        "en": "{path}: this is a meeting bundle from another office, not a list of people; import it as a bundle "
              "(council import bundle)",
        "ru": "{path}: это пакет заседания из другого ведомства, а не список лиц; импортируйте его как пакет "
              "(council import bundle)",
        "kk": "{path}: бұл басқа мекемеден келген отырыс пакеті, тұлғалар тізімі емес; оны пакет ретінде "
              "импорттаңыз (council import bundle)",
    },
    "no_surname_column": {
        "en": "{path}: no column was recognised as the surname or the full name; name it with --map "
              "COLUMN=surname or COLUMN=full_name (or choose it in the column mapping)",
        "ru": "{path}: ни один столбец не распознан как фамилия или ФИО; укажите его: --map СТОЛБЕЦ=surname "
              "или СТОЛБЕЦ=full_name (или выберите в сопоставлении столбцов)",
        "kk": "{path}: ешбір баған тегі немесе аты-жөні ретінде танылмады; оны көрсетіңіз: --map БАҒАН=surname "
              "немесе БАҒАН=full_name (немесе бағандарды сәйкестендіруде таңдаңыз)",
    },
    "unknown_column": {
        "en": "--map: the file has no column {column!r}; its columns are: {columns}",
        "ru": "--map: в файле нет столбца {column!r}; его столбцы: {columns}",
        "kk": "--map: файлда {column!r} бағаны жоқ; оның бағандары: {columns}",
    },
    "import_has_problems": {
        "en": "{path}: {count} row(s) have problems (first: line {line}: {problem}); correct them and import again; "
              "nothing was imported",
        "ru": "{path}: в {count} строке(ах) ошибки (первая: строка {line}: {problem}); исправьте их и импортируйте "
              "снова; ничего не импортировано",
        "kk": "{path}: {count} жолда қате бар (біріншісі: {line}-жол: {problem}); оларды түзетіп, қайта "
              "импорттаңыз; ештеңе импортталмады",
    },
    "import_workbook_has_problems": {
        "en": "{path}: {count} row(s) have problems (first: row {line}: {problem}); correct them and import again; "
              "nothing was imported",
        "ru": "{path}: в {count} строке(ах) ошибки (первая: строка {line}: {problem}); исправьте их и импортируйте "
              "снова; ничего не импортировано",
        "kk": "{path}: {count} жолда қате бар (біріншісі: {line}-жол: {problem}); оларды түзетіп, қайта "
              "импорттаңыз; ештеңе импортталмады",
    },
    "duplicate_row": {
        "en": "repeats line {first}",
        "ru": "повторяет строку {first}",
        "kk": "{first}-жолды қайталайды",
    },
    "duplicate_sheet_row": {  # a workbook's
        "en": "repeats row {first}",
        "ru": "повторяет строку {first}",
        "kk": "{first}-жолды қайталайды",
    },
    "too_long": {
        "en": "{field}: longer than {limit} characters",
        "ru": "{field}: длиннее {limit} символов",
        "kk": "{field}: {limit} таңбадан ұзын",
    },
}


# what a message names (a record's kind, a field, a table): en as written in the code, then ru and kk
# What pre-flight finds (services/preflight.py), one line each: the window's list and `council meeting
# sign` print the same words. {item}, {number}, {name} are data; {role}, {status}, {what}, {lang} are
# words from FINDING_WORDS; {date} comes formatted by the caller.
FINDINGS: dict[str, dict[str, str]] = {
    "future_date": {
        "en": "The meeting is dated {date}, after today: it has not taken place yet.",
        "ru": "Заседание датировано {date}, позже сегодняшнего дня: оно ещё не состоялось.",
        "kk": "Отырыстың күні — {date}, бүгіннен кейін: ол әлі өткен жоқ.",
    },
    "no_chair": {"en": "No chair is chosen (Details).", "ru": "Не выбран председатель (Сведения).",
                 "kk": "Төраға таңдалмаған (Мәліметтер)."},
    "no_secretary": {"en": "No secretary is chosen (Details).", "ru": "Не выбран секретарь (Сведения).",
                     "kk": "Хатшы таңдалмаған (Мәліметтер)."},
    "signatory_absent": {
        "en": "{name}, the {role}, signs the protocol but is marked {status} (Attendance).",
        "ru": "{name} ({role}) подписывает протокол, но отмечен(а) как «{status}» (Явка).",
        "kk": "{name} ({role}) хаттамаға қол қояды, бірақ «{status}» деп белгіленген (Қатысу).",
    },
    "no_items": {"en": "The agenda has no items.", "ru": "В повестке дня нет вопросов.",
                 "kk": "Күн тәртібінде мәселе жоқ."},
    "no_heard": {"en": "Item {item}: nothing is written under Heard.",
                 "ru": "Вопрос {item}: в разделе «Слушали» ничего не записано.",
                 "kk": "{item}-мәселе: «Тыңдалды» бөлімінде ештеңе жазылмаған."},
    "no_resolution": {"en": "Item {item}: there is no resolution.", "ru": "Вопрос {item}: нет постановления.",
                      "kk": "{item}-мәселе: қаулы жоқ."},
    "no_vote": {"en": "Resolution {number}: no vote is recorded.",
                "ru": "Постановление {number}: итоги голосования не записаны.",
                "kk": "{number} қаулысы: дауыс беру нәтижесі жазылмаған."},
    "vote_exceeds": {"en": "Resolution {number}: {cast} votes cast, but {present} members are present.",
                     "ru": "Постановление {number}: подано голосов — {cast}, а присутствует членов — {present}.",
                     "kk": "{number} қаулысы: {cast} дауыс берілді, ал {present} мүше қатысады."},
    "vote_short": {
        "en": "Resolution {number}: {cast} votes cast of {present} members present; the vote does not add up.",
        "ru": "Постановление {number}: подано голосов — {cast} при {present} присутствующих членах; итоги не "
              "сходятся.",
        "kk": "{number} қаулысы: қатысқан {present} мүшеден {cast} дауыс берілді; нәтиже сәйкес келмейді."},
    "body_vote_mismatch": {
        "en": "Resolution {number}: the votes counted per body no longer agree with the total or the attendance; "
              "count them again or clear them.",
        "ru": "Постановление {number}: голоса, подсчитанные по органам, больше не сходятся с итогом или явкой; "
              "подсчитайте их заново или очистите.",
        "kk": "{number} қаулысы: органдар бойынша есептелген дауыстар енді қорытындымен немесе қатысумен сәйкес "
              "келмейді; оларды қайта есептеңіз немесе тазартыңыз."},
    "text_missing": {
        "en": "Item {item}: {what} is not written in {lang}, a language of the protocol (it would print in "
              "another language).",
        "ru": "Вопрос {item}: {what} — нет текста на языке протокола ({lang}); в протоколе он вышел бы на "
              "другом языке.",
        "kk": "{item}-мәселе: {what} — хаттама тілінде ({lang}) мәтін жоқ; хаттамада басқа тілде шығар еді."},
}
# The languages' names where no Qt translation runs (the command line, a finding, a warning); the
# window's (ui/i18n.language_names) are these inside a label, capitalised where they stand alone.
LANGUAGE_WORDS: dict[str, dict[str, str]] = {
    "ru": {"en": "Russian", "ru": "русский", "kk": "орысша"},
    "kk": {"en": "Kazakh", "ru": "казахский", "kk": "қазақша"},
    "en": {"en": "English", "ru": "английский", "kk": "ағылшынша"},
}
FINDING_WORDS: dict[str, dict[str, str]] = {
    "blocks": {"en": "blocks", "ru": "препятствует", "kk": "кедергі"},
    "check": {"en": "check", "ru": "проверьте", "kk": "тексеріңіз"},
    **LANGUAGE_WORDS,
    "chair": {"en": "chair", "ru": "председатель", "kk": "төраға"},
    "secretary": {"en": "secretary", "ru": "секретарь", "kk": "хатшы"},
    "absent": {"en": "absent", "ru": "отсутствует", "kk": "қатыспайды"},
    "excused": {"en": "excused", "ru": "по уважительной причине", "kk": "дәлелді себеппен"},
    "title": {"en": "the title", "ru": "название", "kk": "атауы"},
    "heard": {"en": "what was heard", "ru": "«Слушали»", "kk": "«Тыңдалды»"},
    "gist": {"en": "the speech of {name}", "ru": "выступление: {name}", "kk": "сөз сөйлеуші: {name}"},
    "text": {"en": "resolution {number}", "ru": "постановление {number}", "kk": "{number} қаулысы"},
    "task": {"en": "an assignment of resolution {number}", "ru": "поручение по постановлению {number}",
             "kk": "{number} қаулысының тапсырмасы"},
}


# the command line's options in English too: the option alone would not say what it takes
OPTIONS_EN = {"--body": "--body (a body's id)", "--chair": "--chair (a person's id or default)",
              "--secretary": "--secretary (a person's id or default)",
              "--count": "--count (BODY=FOR/AGAINST/ABSTAINED)"}

NAMES: dict[str, tuple[str, str]] = {
    "person": ("лицо", "тұлға"),
    # the command line's options a message names (cli.py): the option as typed, then what it takes
    "--body": ("--body (id органа)", "--body (органның id-і)"),
    "--chair": ("--chair (id лица или default)", "--chair (тұлғаның id-і немесе default)"),
    "--secretary": ("--secretary (id лица или default)", "--secretary (тұлғаның id-і немесе default)"),
    "--count": ("--count (ОРГАН=ЗА/ПРОТИВ/ВОЗДЕРЖАЛИСЬ)", "--count (ОРГАН=ЖАҚТАП/ҚАРСЫ/ҚАЛЫС)"),
    # what the language check names (services/language_check.py)
    **{w["en"]: (w["ru"], w["kk"]) for w in LANGUAGE_WORDS.values()},
    "meeting place": ("место проведения заседания", "отырыстың өткізілетін орны"),
    "meeting city": ("город заседания", "отырыс өтетін қала"),
    "council body name": ("название совета", "кеңес органының атауы"),
    "organisation name": ("название организации", "ұйымның атауы"),
    "person's position": ("должность", "лауазымы"), "person's degree": ("учёная степень", "ғылыми дәрежесі"),
    "person's academic title": ("учёное звание", "ғылыми атағы"), "person's name": ("имя", "аты-жөні"),
    "item title": ("название вопроса", "мәселенің атауы"), "heard text": ("«Слушали» вопроса", "мәселенің «Тыңдалды» мәтіні"),
    "item notes": ("заметки к вопросу", "мәселе ескертпелері"),
    "project title": ("название проекта", "жобаның атауы"), "speech text": ("выступление по вопросу", "мәселе бойынша сөз"),
    "assignment task": ("текст поручения", "тапсырманың мәтіні"),
    "meeting": ("заседание", "отырыс"),
    "agenda item": ("пункт повестки", "күн тәртібінің тармағы"),
    "council body": ("совет", "кеңес органы"),
    "organization": ("организация", "ұйым"),
    "resolution": ("постановление", "қаулы"),
    "membership": ("членство", "мүшелік"),
    "project": ("проект", "жоба"),
    "assignment": ("поручение", "тапсырма"),
    "speech": ("выступление", "сөз сөйлеу"),
    "presentation": ("презентация", "таныстырылым"),
    "record": ("запись", "жазба"),
    "file": ("файл", "файл"),
    "signed protocol": ("подписанный протокол", "қол қойылған хаттама"),
    "setting": ("настройка", "баптау"),
    "attendance": ("явка", "қатысу"),
    "signatories": ("подписанты", "қол қоюшылар"),  # a stale_edit of the signatories (set_signatories)
    "agenda_rapporteur": ("докладчики", "баяндамашылар"),
    "date": ("дата", "күні"),
    "time": ("время", "уақыты"),
    "duration": ("продолжительность", "ұзақтығы"),
    "speaker": ("выступающий", "сөз сөйлеуші"),
    "vote": ("голосование", "дауыс беру"),
    "start time": ("время начала", "басталу уақыты"),
    "end time": ("время окончания", "аяқталу уақыты"),
    "status": ("статус", "мәртебе"),
    "kind": ("вид", "түрі"),
    "from": ("начало срока", "мерзімнің басы"),
    "to": ("окончание срока", "мерзімнің соңы"),
    "title": ("название", "атауы"),
    "name": ("название", "атауы"),
    "reason": ("основание", "негіздеме"),
    "number": ("номер", "нөмірі"),
    "attendance status": ("явка", "қатысу"),
    "task": ("поручение", "тапсырма"),
    "surname": ("фамилия", "тегі"),
    "role": ("роль", "рөлі"),
    "resolution text": ("текст постановления", "қаулы мәтіні"),
    "quorum rule": ("правило кворума", "кворум ережесі"),
    "majority rule": ("правило большинства", "көпшілік ережесі"),
    "quorum": ("кворум", "кворум"),
    "position": ("место в повестке", "күн тәртібіндегі орны"),
    "planned minutes": ("время по плану, мин", "жоспарлы уақыт, мин"),
    "language": ("язык", "тіл"),
    "item": ("пункт", "тармақ"),
    "meeting id": ("номер заседания в базе (id)", "отырыстың дерекқордағы нөмірі (id)"),
    "limit": ("не больше", "ең көбі"),
    "format": ("формат", "форматы"),
    "e-mail": ("эл. почта", "эл. пошта"),
    "done on": ("дата исполнения", "орындалған күні"),
    "document": ("документ", "құжат"),
    "deadline": ("срок", "мерзімі"),
    "as of": ("на дату", "күнге"),
    "agenda order": ("порядок повестки", "күн тәртібінің реті"),
    "merge": ("объединение", "біріктіру"),
    "vote: for": ("голоса «за»", "«жақтап» дауыстар"),
    "vote: against": ("голоса «против»", "«қарсы» дауыстар"),
    "vote: abstained": ("воздержались", "«қалыс» дауыстар"),
    # why a database opened read-only (store/database.py)
    "the file is read-only": ("файл только для чтения", "файл тек оқуға арналған"),
    "its folder is read-only": ("папка файла только для чтения", "файлдың қалтасы тек оқуға арналған"),
    # why a file could not be read or written, as the system says it (os.strerror)
    "No such file or directory": ("нет такой папки или файла", "мұндай қалта немесе файл жоқ"),
    "Permission denied": ("нет прав на запись или чтение", "жазуға немесе оқуға рұқсат жоқ"),
    "Is a directory": ("это папка", "бұл қалта"),
    "No space left on device": ("на диске нет места", "дискіде орын жоқ"),
    "Read-only file system": ("диск только для чтения", "диск тек оқуға арналған"),
    # why a list of people could not be read (exchange/people.py)
    "unknown encoding": ("кодировка не распознана", "кодтамасы анықталмады"),
    "not a text file": ("это не текстовый файл", "бұл мәтіндік файл емес"),
    "no rows": ("в нём нет строк", "онда жолдар жоқ"),
    "unpacks too large": ("в распакованном виде слишком велик", "ашқанда тым үлкен"),
    "not a readable XLSX workbook": ("это не читаемая книга XLSX", "бұл оқылатын XLSX кітабы емес"),
    "no sheet": ("в книге нет листов", "кітапта парақтар жоқ"),
    "an Excel 97-2003 workbook (XLS)": ("это книга Excel 97-2003 (XLS)", "бұл Excel 97-2003 кітабы (XLS)"),
    # why an attachment or a picture could not be read (services/meetings.py, ui/settings_dialog.py)
    "it changed while being read": ("он изменился во время чтения", "ол оқылып жатқанда өзгерді"),
    "not an image": ("это не изображение", "бұл сурет емес"),
    # what of a bundle does not follow its format (exchange/bundle.py)
    "empty": ("пусто", "бос"),
    "not a text": ("не текст", "мәтін емес"),
    "not one of the format's values": ("не одно из значений формата", "форматтың мәндерінің бірі емес"),
    "longer than the format allows": ("длиннее, чем допускает формат", "формат рұқсат ететіннен ұзын"),
    "a NUL character": ("символ NUL", "NUL таңбасы"),
    "not an e-mail address": ("не адрес электронной почты", "электрондық пошта мекенжайы емес"),
    "not a UUID": ("не UUID", "UUID емес"),
    "not a whole number": ("не целое число", "бүтін сан емес"),
    "not true or false": ("не «да» или «нет»", "«иә» не «жоқ» емес"),
    "not a date": ("не дата", "күн емес"),
    "not a time": ("не время", "уақыт емес"),
    "not a date and time": ("не дата и время", "күн мен уақыт емес"),
    "not a file of this bundle": ("не файл этого пакета", "бұл пакеттің файлы емес"),
    "not an object": ("не объект JSON", "JSON нысаны емес"),
    "not the format's tables": ("не таблицы формата", "форматтың кестелері емес"),
    "not the letterhead texts": ("не тексты бланка", "бланк мәтіндері емес"),
    "not a list": ("не список", "тізім емес"),
    "a field the format does not have": ("поле, которого нет в формате", "форматта жоқ өріс"),
    "missing": ("отсутствует", "жоқ"),
    "the UUID of another record": ("UUID другой записи", "басқа жазбаның UUID-і"),
    "names no record of the bundle": ("не указывает ни на одну запись пакета",
                                      "пакеттің ешбір жазбасын көрсетпейді"),
    "names no meeting of the bundle": ("не указывает ни на одно заседание пакета",
                                       "пакеттің ешбір отырысын көрсетпейді"),
    "not texts": ("не тексты", "мәтіндер емес"),
    "not a file's path, SHA-256 and size": ("не путь, SHA-256 и размер файла",
                                            "файлдың жолы, SHA-256 және өлшемі емес"),
    "not JSON in UTF-8": ("не JSON в UTF-8", "UTF-8 кодтамасындағы JSON емес"),
    "not a signed protocol's data": ("не данные подписанного протокола", "қол қойылған хаттаманың деректері емес"),
    # what of a bundle's entry did not match its manifest (services/exchange.py)
    "size": ("размер", "өлшемі"),
    "SHA-256": ("контрольная сумма SHA-256", "SHA-256 бақылау сомасы"),
    "CRC": ("контрольная сумма архива", "архивтің бақылау сомасы"),
    "fingerprint": ("отпечаток данных протокола", "хаттама деректерінің ізі"),
    # columns of a people import (exchange/people.py)
    "given name": ("имя", "аты"),
    "patronymic": ("отчество", "әкесінің аты"),
    "phone": ("телефон", "телефон"),
    "post": ("должность", "лауазымы"),
    "field": ("поле", "өріс"),
    "table": ("таблица", "кесте"),
    "delimiter": ("разделитель", "бөлгіш"),
    "time zone": ("часовой пояс", "уақыт белдеуі"),
    "attachment": ("вложение", "тіркеме"),
    "File name too long": ("слишком длинное имя файла", "файл атауы тым ұзын"),
    "Disk quota exceeded": ("превышена дисковая квота", "диск квотасы асып кетті"),
    "Operation not permitted": ("операция не разрешена", "әрекетке рұқсат жоқ"),
    "disk I/O error": ("ошибка ввода-вывода диска", "дискінің енгізу-шығару қатесі"),
    "unable to open the file": ("файл не открывается", "файл ашылмайды"),
    "the file is damaged": ("файл повреждён", "файл бүлінген"),
    "Input/output error": ("ошибка ввода-вывода", "енгізу-шығару қатесі"),
    # the records of a bundle and their fields, as its preview names them (RECORD_KINDS, field_word)
    "body of a meeting": ("орган заседания", "отырыс органы"),
    "arrival or departure": ("приход или уход", "келу не кету"),
    "rapporteur": ("докладчик", "баяндамашы"),
    "request to speak": ("запись на выступление", "сөз сұрау"),
    "roll-call vote": ("поимённый голос", "атаулы дауыс"),
    "votes of a body": ("голоса органа", "органның дауыстары"),
    "short name": ("краткое название", "қысқаша атауы"),
    "chair": ("председатель", "төраға"),
    "secretary": ("секретарь", "хатшы"),
    "chair signing": ("подписывающий председатель", "қол қоятын төраға"),
    "secretary signing": ("подписывающий секретарь", "қол қоятын хатшы"),
    "project lead": ("руководитель проекта", "жоба жетекшісі"),
    "presenter": ("представляет", "таныстырушы"),
    "responsible person": ("ответственный", "жауапты тұлға"),
    "responsible organisation": ("ответственная организация", "жауапты ұйым"),
    "substitute for": ("замещает", "кімнің орнына"),
    "checked at meeting": ("проверено на заседании", "тексерілген отырыс"),
    "year": ("год", "жылы"),
    "time of the vote": ("время голосования", "дауыс беру уақыты"),
    "arrived": ("пришёл", "келді"),
    "signed at": ("время подписания", "қол қойылған уақыты"),
    "signed by": ("подписал", "қол қойған"),
    "access restriction": ("гриф ограничения доступа", "қолжетімділікті шектеу белгісі"),
    "protocol version": ("редакция протокола", "хаттама редакциясы"),
    "reason for the amendment": ("основание изменения", "өзгерту негіздемесі"),
    "outcome set by the secretary": ("итог, отмеченный секретарём", "хатшы белгілеген нәтиже"),
    "reason for the outcome": ("основание итога", "нәтиженің негіздемесі"),
    "unanimously": ("единогласно", "бірауыздан"),
    "roll call": ("поимённое голосование", "атаулы дауыс беру"),
    "vote cast": ("поданный голос", "берілген дауыс"),
    "fixed quorum": ("кворум, число членов", "кворум, мүшелер саны"),
    "guest": ("гость", "қонақ"),
    "revision": ("редакция", "редакциясы"),
    "content": ("содержимое", "мазмұны"),
    "PDF": ("файл PDF", "PDF файлы"),
    "letterhead": ("бланк", "бланк"),
    "file name": ("имя файла", "файл атауы"),
    "file type": ("тип файла", "файл түрі"),
    "field of research": ("область исследований", "зерттеу саласы"),
    "summary": ("аннотация", "аңдатпа"),
    "report on the assignment": ("отчёт об исполнении", "орындалуы туралы есеп"),
    "order": ("порядок", "реті"),
    "note": ("примечание", "ескертпе"),
}

# Each kind of record a bundle carries (exchange/bundle.py's tables), by its English name in NAMES.
RECORD_KINDS: dict[str, str] = {
    "organization": "organization", "person": "person", "council_body": "council body", "membership": "membership",
    "project": "project", "meeting": "meeting", "meeting_body": "body of a meeting", "attendance": "attendance",
    "presence_event": "arrival or departure", "agenda_item": "agenda item", "agenda_rapporteur": "rapporteur",
    "speaker_request": "request to speak", "presentation": "presentation", "presentation_file": "file",
    "speech": "speech", "resolution": "resolution", "vote_participant": "roll-call vote",
    "resolution_body_vote": "votes of a body", "assignment": "assignment", "protocol_issue": "signed protocol"}

# Each field of those records (without its language), by its English name in NAMES; a reference by the
# record it names.  Where a table means something else by the same column, _FIELD_WORDS_OF says it.
_FIELD_WORDS: dict[str, str] = {
    "surname": "surname", "given_name": "given name", "patronymic": "patronymic", "degree": "person's degree",
    "email": "e-mail", "phone": "phone", "name": "name", "short_name": "short name", "kind": "kind",
    "quorum_rule": "quorum rule", "quorum_fixed": "fixed quorum", "majority_rule": "majority rule", "role": "role",
    "start_date": "from", "end_date": "to", "basis": "reason", "reason": "reason", "title": "title",
    "field": "field of research", "summary": "summary", "status": "status", "date": "date",
    "start_time": "start time", "end_time": "end time", "place": "meeting place", "city": "meeting city",
    "format": "format", "restriction": "access restriction", "protocol_version": "protocol version",
    "amendment_reason": "reason for the amendment", "year": "year", "number": "number", "is_guest": "guest",
    "note": "note", "arrived": "arrived", "at": "time", "position": "order", "planned_minutes": "planned minutes",
    "notes": "item notes", "heard": "heard text", "started_at": "start time", "ended_at": "end time",
    "file_name": "file name", "media_type": "file type", "size": "size", "sha256": "SHA-256", "content": "content",
    "gist": "speech text", "duration_seconds": "duration", "text": "resolution text", "unanimous": "unanimously",
    "votes_for": "vote: for", "votes_against": "vote: against", "votes_abstained": "vote: abstained",
    "adopted_override": "outcome set by the secretary", "override_reason": "reason for the outcome",
    "voted_at": "time of the vote", "roll_call": "roll call", "choice": "vote cast", "task": "assignment task",
    "deadline": "deadline", "done_on": "done on", "report": "report on the assignment", "revision": "revision",
    "language": "language", "issued_at": "signed at", "issued_by": "signed by", "content_sha256": "fingerprint",
    "pdf": "PDF", "letterhead": "letterhead",
    "organization_id": "organization", "person_id": "person", "body_id": "council body", "meeting_id": "meeting",
    "item_id": "agenda item", "project_id": "project", "resolution_id": "resolution",
    "presentation_id": "presentation", "chair_id": "chair", "secretary_id": "secretary",
    "signing_chair_id": "chair signing", "signing_secretary_id": "secretary signing", "lead_id": "project lead",
    "presenter_id": "presenter", "responsible_person_id": "responsible person",
    "responsible_org_id": "responsible organisation", "substitute_for_id": "substitute for",
    "checked_meeting_id": "checked at meeting"}
_FIELD_WORDS_OF: dict[tuple[str, str], str] = {
    ("person", "position"): "post", ("person", "title"): "person's academic title",
    ("agenda_item", "position"): "position", ("agenda_item", "title"): "item title",
    ("protocol_issue", "reason"): "reason for the amendment"}


def record_kind(table: str, lang: str) -> str:
    """A kind of record of a bundle in words: "пункт повестки" for agenda_item."""
    return named(RECORD_KINDS.get(table, table), lang)


def field_word(table: str, column: str, lang: str) -> str:
    """A field of a bundle's record in words, with the language of a text kept in several:
    "название вопроса (русский)" for agenda_item.title_ru."""
    base, _, code = column.rpartition("_")
    language = LANGUAGE_WORDS[code][lang] if base and code in LANGUAGE_WORDS else ""
    column = base if language else column
    word = named(_FIELD_WORDS_OF.get((table, column)) or _FIELD_WORDS.get(column, column), lang)
    return f"{word} ({language})" if language else word


def named(value, lang: str):
    """A name from the code in the user's language; anything else as it is (an id, a value typed)."""
    if lang == "en" and isinstance(value, str):
        return OPTIONS_EN.get(value, value)
    if lang == "en" or not isinstance(value, str) or value not in NAMES:
        return value
    return NAMES[value][0 if lang == "ru" else 1]


def user_language() -> str:
    """kk / ru / en from COUNCIL_LANG or the system locale; English otherwise."""
    code = os.environ.get("COUNCIL_LANG") or (locale.getlocale()[0] or "") or os.environ.get("LANG", "")
    code = code[:2].lower()
    return code if code in LANGUAGES else "en"


class CouncilError(Exception):
    """A mistake of the user's; the message names the field or thing at fault."""

    def __init__(self, code: str, **params):
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    @property
    def field(self) -> str | None:
        return self.params.get("field")

    def message(self, lang: str | None = None) -> str:
        texts = MESSAGES.get(self.code)
        if texts is None:
            return f"{self.code}: {self.params}"
        lang = lang or user_language()
        template = texts.get(lang) or texts["en"]
        params = {k: named(v, lang) if k in ("kind", "field", "what", "reason", "problem") else v
                  for k, v in self.params.items()}
        params = {k: v[lang] if isinstance(v, dict) and lang in v else v for k, v in params.items()}  # a name per language
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            return texts["en"].format_map({k: self.params.get(k, "?") for k in self.params}) \
                if self.params else template


class RuleViolation(CouncilError):
    pass


class NotFound(CouncilError):
    def __init__(self, kind: str, ident):
        super().__init__("not_found", kind=kind, ident=ident)


class InvalidValue(CouncilError):
    def __init__(self, field: str, value, code: str = "invalid_value"):
        super().__init__(code, field=field, value=value)


class ProtocolLocked(CouncilError):
    def __init__(self, ident):
        super().__init__("protocol_locked", ident=ident)
