"""
Demo content for the fictional firm Ashdown Marlowe Solicitors: data only, no logic.

Everything here is invented. The firm, its people, clients, quotes and the charity
mentioned are fictional. Phone numbers are from Ofcom's drama ranges, email addresses
use the reserved ".example" domain and external links point only to example.org.
"""

FIRM = {
    "firm_name": "Ashdown Marlowe Solicitors",
    "strapline": ("Leeds solicitors for abuse claims, clinical negligence and personal injury"),
    "footer_tagline": "News, views and information from us and the industry",
    "address": "Fennick House\n12 Ropewalk Yard\nLeeds\nLS2 7QX",
    "phone": "0113 496 0150",
    "email": "enquiries@ashdownmarlowe.example",
    "opening_hours": "Monday to Friday, 9am to 5.30pm\nEvenings by arrangement",
    "sra_number": "712904",
    "regulatory_statement": "Authorised and regulated by the Solicitors Regulation Authority",
}

HOME = {
    "title": "Home",
    "strapline": "Legal help for people harmed by abuse, poor medical care or accidents",
    "intro": (
        "<p>Ashdown Marlowe Solicitors is a Leeds firm helping people who have been harmed "
        "by abuse, by medical care that fell short, or by an accident that was not their "
        "fault. We listen first, explain things in plain English and go at your pace.</p>"
        "<p>Our <b>News &amp; Blog</b> shares general information about the law and about "
        "our work. It is not legal advice, so if you would like to talk about your own "
        "situation, please get in touch in confidence.</p>"
    ),
}

NEWS_INDEX = {
    "title": "News & Blog",
    "slug": "news",
    "intro": (
        "<p>For the latest industry and case news, practical guides and updates from our "
        "team, browse our articles below. Everything here is general information rather "
        "than legal advice.</p>"
    ),
}

PEOPLE_INDEX = {
    "title": "People",
    "slug": "people",
    "intro": (
        "<p>Meet the team at Ashdown Marlowe. Between us we have many years of experience "
        "helping survivors of abuse, patients and families, and people injured through no "
        "fault of their own. You are always welcome to ask to speak to a particular person, "
        "or to a man or a woman.</p>"
    ),
}

DEPARTMENTS = [
    {"name": "Abuse Claims", "slug": "abuse-claims"},
    {"name": "Clinical Negligence", "slug": "clinical-negligence"},
    {"name": "Personal Injury", "slug": "personal-injury"},
]

PEOPLE = [
    {
        "slug": "eleanor-whitcombe",
        "name": "Eleanor Whitcombe",
        "job_title": "Partner",
        "departments": ["abuse-claims"],
        "legal_career_start_year": 2003,
        "qualified_year": 2007,
        "phone": "0113 496 0151",
        "email": "e.whitcombe@ashdownmarlowe.example",
        "short_bio": (
            "Eleanor leads our Abuse Claims department and has represented adult survivors "
            "of childhood abuse for most of her career. Clients value her patient, unhurried "
            "approach and the care she takes to put their wellbeing first."
        ),
        "bio": (
            "<p>Eleanor is a Partner and head of our Abuse Claims department. She began her "
            "legal career in 2003 as a paralegal and qualified as a solicitor in 2007. Since "
            "then she has worked almost entirely with people who were abused as children, "
            "many of whom are speaking about their experiences for the first time.</p>"
            "<p>Her work includes:</p>"
            "<ul><li>claims against local authorities, schools and voluntary organisations;</li>"
            "<li>claims arising from child sexual exploitation and grooming;</li>"
            "<li>claims involving abuse that took place many years ago;</li>"
            "<li>applications to the criminal injuries compensation scheme.</li></ul>"
            "<p>Eleanor believes that the legal process should never add to the harm a "
            "survivor has already suffered. She keeps clients informed at every stage, "
            "explains difficult issues honestly and never promises an outcome she cannot "
            "guarantee. She also helps train colleagues across the firm in trauma-informed "
            "ways of working.</p>"
            "<p>Outside work, Eleanor sings with a community choir and spends as many "
            "weekends as she can walking in the Yorkshire Dales.</p>"
        ),
        "portrait": {
            "skin": "#f1d3bc",
            "hair": "#b9b3aa",
            "hair_style": "short",
            "clothing": "#2f4858",
            "background": "#dfe7e2",
        },
    },
    {
        "slug": "daniel-okafor",
        "name": "Daniel Okafor",
        "job_title": "Associate Solicitor",
        "departments": ["abuse-claims"],
        "legal_career_start_year": 2012,
        "qualified_year": 2016,
        "phone": "0113 496 0152",
        "email": "d.okafor@ashdownmarlowe.example",
        "short_bio": (
            "Daniel is an Associate Solicitor in our Abuse Claims team, specialising in "
            "claims arising from child sexual exploitation and safeguarding failures. He is "
            "known for his thorough work with social care and police records."
        ),
        "bio": (
            "<p>Daniel joined Ashdown Marlowe as an Associate Solicitor in our Abuse Claims "
            "team. He started his legal career in 2012 and qualified as a solicitor in 2016, "
            "having previously spent time volunteering with a youth support project.</p>"
            "<p>Daniel acts for survivors of child sexual exploitation, including people "
            "who were targeted by organised groups. Much of his work involves examining "
            "what organisations knew at the time and whether they acted as they should "
            "have. He has particular experience of obtaining and reviewing lengthy social "
            "care, education and police records, and of helping clients to read them "
            "safely, with support in place.</p>"
            "<p>He also advises on applications to the criminal injuries compensation "
            "scheme and on how time limits may apply in older cases. Clients describe him as "
            "straightforward, calm and easy to talk to.</p>"
            "<p>Away from the office, Daniel coaches a junior football team and is slowly "
            "working his way through a very long list of novels.</p>"
        ),
        "portrait": {
            "skin": "#6b4430",
            "hair": "#1f1a17",
            "hair_style": "bald",
            "clothing": "#3d5a80",
            "background": "#e8e1d5",
        },
    },
    {
        "slug": "priya-raman",
        "name": "Priya Raman",
        "job_title": "Senior Associate Solicitor",
        "departments": ["clinical-negligence"],
        "legal_career_start_year": 2009,
        "qualified_year": 2012,
        "phone": "0113 496 0153",
        "email": "p.raman@ashdownmarlowe.example",
        "short_bio": (
            "Priya is a Senior Associate Solicitor in our Clinical Negligence team. She acts "
            "for patients and families in claims involving birth injuries, delayed diagnosis "
            "and surgical errors, and is known for explaining complex medical evidence "
            "clearly."
        ),
        "bio": (
            "<p>Priya is a Senior Associate Solicitor in our Clinical Negligence team. She "
            "began her legal career in 2009 and qualified as a solicitor in 2012.</p>"
            "<p>She represents patients and families where medical care may have fallen "
            "below a reasonable standard. Her work includes:</p>"
            "<ul><li>injuries to mothers and babies during pregnancy and birth;</li>"
            "<li>delayed or missed diagnosis, including of cancer;</li>"
            "<li>errors during surgery and aftercare;</li>"
            "<li>supporting families through inquests after a death in hospital.</li></ul>"
            "<p>Priya works closely with independent medical experts and takes pride in "
            "translating their findings into plain English, so that clients understand the "
            "strengths and weaknesses of their case at every stage. She is honest when a "
            "claim is unlikely to succeed, and helps families find other ways to get the "
            "answers they need.</p>"
            "<p>Priya speaks Tamil as well as English. In her spare time she enjoys baking, "
            "badminton and visiting the region's many galleries.</p>"
        ),
        "portrait": {
            "skin": "#b07a56",
            "hair": "#231a16",
            "hair_style": "bun",
            "clothing": "#7a3e48",
            "background": "#e4e0ec",
        },
    },
    {
        "slug": "tom-hendry",
        "name": "Tom Hendry",
        "job_title": "Solicitor",
        "departments": ["personal-injury", "clinical-negligence"],
        "legal_career_start_year": 2017,
        "qualified_year": 2021,
        "phone": "07700 900318",
        "email": "t.hendry@ashdownmarlowe.example",
        "short_bio": (
            "Tom is a Solicitor working across our Personal Injury and Clinical Negligence "
            "teams. He handles road traffic, cycling and workplace injury claims, and "
            "supports clinical negligence cases from the first enquiry onwards."
        ),
        "bio": (
            "<p>Tom is a Solicitor who works across our Personal Injury and Clinical "
            "Negligence teams. He joined the firm as a paralegal in 2017, completed his "
            "training with us and qualified as a solicitor in 2021.</p>"
            "<p>His personal injury work focuses on road traffic collisions, particularly "
            "those involving cyclists, pedestrians and motorcyclists, as well as accidents "
            "at work. In clinical negligence, he works alongside Priya Raman on cases "
            "involving delayed diagnosis and errors in treatment.</p>"
            "<p>Tom knows that an injury can affect every part of someone's life, from work "
            "and money to sleep and family. He focuses on the practical help a client needs "
            "early on, such as rehabilitation, and keeps people up to date without burying "
            "them in jargon.</p>"
            "<p>A keen cyclist, Tom commutes by bike most days and spends his weekends "
            "exploring the lanes of West and North Yorkshire.</p>"
        ),
        "portrait": {
            "skin": "#e8c2a4",
            "hair": "#9a5b34",
            "hair_style": "curly",
            "clothing": "#4f6d5a",
            "background": "#dde6ee",
        },
    },
    {
        "slug": "grace-lindqvist",
        "name": "Grace Lindqvist",
        "job_title": "Paralegal",
        "departments": ["abuse-claims"],
        "legal_career_start_year": 2022,
        "qualified_year": None,
        "phone": "0113 496 0155",
        "email": "g.lindqvist@ashdownmarlowe.example",
        "short_bio": (
            "Grace is a Paralegal in our Abuse Claims team and is often the first person "
            "new clients speak to. She supports clients and solicitors throughout each case "
            "and is studying towards qualifying as a solicitor."
        ),
        "bio": (
            "<p>Grace is a Paralegal in our Abuse Claims team. She began her legal career "
            "in 2022 and is currently studying towards qualifying as a solicitor.</p>"
            "<p>For many people, Grace is the first voice they hear when they contact us. "
            "She takes initial enquiries with care, explains what will happen next and "
            "makes sure each person is put in touch with the right solicitor.</p>"
            "<p>Once a case is under way, Grace helps to request and organise records, "
            "arranges appointments with experts and keeps clients informed about progress. "
            "She also helped to plan the recent accessibility improvements at Fennick "
            "House, including our new quiet room.</p>"
            "<p>Outside work, Grace volunteers at a community allotment and is learning to "
            "play the cello, with mixed results.</p>"
        ),
        "portrait": {
            "skin": "#f4dcc8",
            "hair": "#d2ae6a",
            "hair_style": "long",
            "clothing": "#5e4b6e",
            "background": "#efe8dc",
        },
    },
]

CATEGORIES = [
    {
        "name": "Child Abuse",
        "slug": "child-abuse",
        "parent": None,
        "is_sensitive": True,
        "description": (
            "General information for adults and families affected by abuse in childhood, "
            "including how claims work and where to find support."
        ),
    },
    {
        "name": "Clinical Negligence",
        "slug": "clinical-negligence",
        "parent": None,
        "description": (
            "Guides and news for patients and families when medical care may have fallen "
            "below a reasonable standard."
        ),
    },
    {
        "name": "Personal Injury",
        "slug": "personal-injury",
        "parent": None,
        "description": (
            "Practical information for people injured in accidents that were not their "
            "fault, on the road, at work or in public places."
        ),
    },
    {
        "name": "Firm News",
        "slug": "firm-news",
        "parent": None,
        "description": "Updates from Ashdown Marlowe: our people, our office and our community.",
    },
    {
        "name": "Grooming Gangs",
        "slug": "grooming-gangs",
        "parent": "child-abuse",
        "description": (
            "Information for survivors of group-based child sexual exploitation, including "
            "safeguarding failures and the legal options that may be available."
        ),
    },
    {
        "name": "Abuse in Schools",
        "slug": "abuse-in-schools",
        "parent": "child-abuse",
        "description": (
            "Articles about abuse in day schools, boarding schools and other educational "
            "settings, and what former pupils can do."
        ),
    },
    {
        "name": "Online Exploitation",
        "slug": "online-exploitation",
        "parent": "child-abuse",
        "description": (
            "Guidance for families affected by online grooming and exploitation, including "
            "how to keep evidence safely."
        ),
    },
    {
        "name": "Birth Injuries",
        "slug": "birth-injuries",
        "parent": "clinical-negligence",
        "description": (
            "Information for parents when a mother or baby may have been harmed during "
            "pregnancy, labour or birth."
        ),
    },
    {
        "name": "Misdiagnosis",
        "slug": "misdiagnosis",
        "parent": "clinical-negligence",
        "description": (
            "Articles about missed, wrong and delayed diagnosis, and when it may give rise "
            "to a claim."
        ),
    },
    {
        "name": "Road Traffic Accidents",
        "slug": "road-traffic-accidents",
        "parent": "personal-injury",
        "description": (
            "Guidance for drivers, passengers, cyclists and pedestrians injured in collisions "
            "on the road."
        ),
    },
]

ARTICLES = [
    # 1
    {
        "slug": "first-contact-with-a-solicitor-about-childhood-abuse",
        "title": "What happens when you first contact a solicitor about childhood abuse",
        "published": "2025-01-14T09:30",
        "authors": ["eleanor-whitcombe", "grace-lindqvist"],
        "categories": ["child-abuse"],
        "excerpt": (
            "Picking up the phone can feel like the hardest step. Here is what a first "
            "conversation with our abuse claims team involves, and what it does not."
        ),
        "image": {"motif": "circles", "palette": ["#5b7a8c", "#a9c1cc", "#eef2f1"]},
        "image_alt": "Abstract illustration of overlapping soft blue circles",
        "body": [
            (
                "paragraph",
                (
                    "<p>For many people, the first call to a solicitor about abuse they "
                    "experienced as a child comes after years, sometimes decades, of thinking "
                    "about it. It is common to put the phone down before anyone answers, or to "
                    "write an email and leave it in drafts. If that sounds familiar, you are not "
                    "alone, and there is no right or wrong time to get in touch.</p>"
                    "<p>This article explains what usually happens when someone contacts our "
                    "abuse claims team for the first time. It is general information rather "
                    "than legal advice, and every person's situation is different.</p>"
                ),
            ),
            ("heading", {"text": "The first conversation", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Your first contact will usually be with a member of our enquiries team "
                    "or with one of the solicitors in the department. We will ask for your name "
                    "and a safe way to reach you, and whether it is all right to leave a "
                    "message. You do not need to describe what happened in detail. At this "
                    "stage we only need enough to understand, in broad terms, what kind of "
                    "claim might be involved.</p>"
                    "<p>You can stop the conversation at any point. You can ask to speak to a "
                    "man or a woman, have someone with you for support, or ask us to call back "
                    "at a time that suits you. Some people prefer to start by email, and that "
                    "is fine too.</p>"
                ),
            ),
            ("heading", {"text": "What we may ask you", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Depending on what you are comfortable sharing, we may ask about:</p>"
                    "<ul><li>roughly when and where the abuse took place, for example at a "
                    "school, in care or in the community;</li>"
                    "<li>whether it was ever reported to anyone, such as a teacher, social "
                    "worker or the police;</li>"
                    "<li>whether there has been a criminal investigation or trial;</li>"
                    "<li>how it has affected your health, education, work and "
                    "relationships.</li></ul>"
                    "<p>If you do not know the answer to something, or would rather not say yet, "
                    "just tell us. Nothing is lost by taking things slowly.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "I had rehearsed what I was going to say for weeks. In the end I was "
                        "only asked what I wanted to share, and that was enough for that day."
                    ),
                    "attribution": "A client of our abuse claims team, quoted with permission",
                    "source": "",
                },
            ),
            ("heading", {"text": "What happens next", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>After the first conversation, the solicitor will explain whether it may "
                    "be possible to bring a claim, what the main issues are likely to be and how "
                    "a claim could be funded. We will be honest if we think there are real "
                    "difficulties, including around time limits, and we will never promise an "
                    "outcome. If you decide to go ahead, we will send you written information "
                    "about our terms before any work starts.</p>"
                    "<p>If you decide not to go ahead, that is your choice and we will respect "
                    "it. Some people come back to us months or years later, when they feel "
                    "ready.</p>"
                ),
            ),
            (
                "image",
                {
                    "image": "hands",
                    "alt_text": "Illustration of two hands resting gently on a table",
                    "caption": "You are welcome to have someone with you for support.",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Talking about abuse can bring up difficult feelings. If you need support "
                    "now, please speak to your GP or contact a helpline. You do not need to have "
                    "spoken to us, or to anyone else, first.</p>"
                ),
            ),
        ],
    },
    # 2
    {
        "slug": "time-limits-in-abuse-claims",
        "title": "Time limits in abuse claims: is it too late to take action?",
        "published": "2025-02-25T10:00",
        "authors": ["daniel-okafor"],
        "categories": ["child-abuse"],
        "excerpt": (
            "Many survivors of childhood abuse worry that too much time has passed. Time "
            "limits do apply, but in abuse cases the court has a discretion to allow a claim "
            "to go ahead later."
        ),
        "image": {"motif": "dawn", "palette": ["#c9a27e", "#e8d5c0", "#4a5d6b"]},
        "image_alt": "Abstract illustration of a pale sun rising over muted blue hills",
        "body": [
            (
                "paragraph",
                (
                    "<p>One of the questions we are asked most often is whether it is too late "
                    "to bring a claim. Many people who were abused as children do not feel able "
                    "to talk about what happened until well into adulthood. That is an entirely "
                    "understandable response to trauma, and the law recognises that it "
                    "happens.</p>"
                ),
            ),
            ("heading", {"text": "The general rule", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Claims for personal injury, including psychological injury, are subject "
                    "to time limits. In many cases the standard period is three years, and for "
                    "someone harmed as a child that period generally does not begin until they "
                    "become an adult. On that basis alone, a great many survivors would find "
                    "that their claim was out of time.</p>"
                    "<p>However, that is not the end of the matter.</p>"
                ),
            ),
            ("heading", {"text": "The court's discretion", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>In abuse cases, the court has a discretion to allow a claim to proceed "
                    "even though the usual time limit has passed. In deciding whether to do so, "
                    "a judge will weigh up a number of factors, which may include:</p>"
                    "<ul><li>the reasons the claim was not brought sooner, including the effects "
                    "of the abuse itself;</li>"
                    "<li>whether a fair trial is still possible, for example whether key "
                    "witnesses and documents are still available;</li>"
                    "<li>how the delay has affected the evidence on both sides;</li>"
                    "<li>how promptly the person acted once they felt able to seek "
                    "advice.</li></ul>"
                    "<p>Each case turns on its own facts. Some claims brought many years later "
                    "have been allowed to continue; others have not. We cannot predict how a "
                    "court will decide in any individual case, but we can explain the points "
                    "likely to matter in yours.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Survivors often tell us they assumed the door had closed years ago. "
                        "Sometimes it has, but often the honest answer is that it depends, and "
                        "it is worth finding out."
                    ),
                    "attribution": "Daniel Okafor, Associate Solicitor",
                    "source": "",
                },
            ),
            ("heading", {"text": "Why it is still worth acting promptly", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Even where the court may extend time, delay can make a claim harder. "
                    "Records can be lost or destroyed, and people who could support your "
                    "account may become harder to trace. If you are thinking about a claim, it "
                    "is usually sensible to take advice sooner rather than later, even if you "
                    "are not ready to decide anything.</p>"
                    "<p>Other routes have their own rules. Applications to the government's "
                    "criminal injuries compensation scheme, for example, have separate time "
                    "limits that are usually shorter and are applied differently. Claims on "
                    "behalf of someone who lacks mental capacity can also be treated "
                    "differently.</p>"
                    "<p>If you are unsure where you stand, it can help to:</p>"
                    "<ol><li>write down, in your own time, the approximate dates and places "
                    "involved;</li>"
                    "<li>note any occasions when you told someone, such as a doctor, teacher or "
                    "the police;</li>"
                    "<li>contact a solicitor for an initial, confidential conversation about "
                    "time limits.</li></ol>"
                ),
            ),
            (
                "call_to_action",
                {
                    "heading": "Worried about time limits?",
                    "text": (
                        "We can talk you through how time limits may apply to your situation, in "
                        "confidence and without obligation."
                    ),
                    "link_text": "Get in touch",
                    "url": "/contact/",
                },
            ),
        ],
    },
    # 3
    {
        "slug": "how-grooming-gangs-operated-and-what-survivors-can-do",
        "title": "How grooming gangs operated & what survivors can do now",
        "published": "2025-04-08T09:00",
        "updated": "2025-06-02T14:15",
        "authors": ["eleanor-whitcombe", "daniel-okafor"],
        "categories": ["child-abuse", "grooming-gangs"],
        "excerpt": (
            "Group-based child sexual exploitation followed patterns that are now well "
            "understood. We explain those patterns in general terms, and the legal options "
            "that may be open to survivors."
        ),
        "image": {"motif": "shield", "palette": ["#3e5c6e", "#8fa9a3", "#f0ede6"]},
        "image_alt": "Abstract illustration of a simple shield shape in slate and sage",
        "body": [
            (
                "paragraph",
                (
                    "<p>Over the past two decades, reviews and criminal trials in different "
                    "parts of England have described how groups of adults targeted children for "
                    "sexual exploitation. Much of that reporting is distressing to read. This "
                    "article does not discuss individual cases. Instead it explains, in general "
                    "terms, the patterns that emerged and what survivors may be able to do "
                    "now.</p>"
                ),
            ),
            ("heading", {"text": "Patterns that were repeated", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Although every survivor's experience is their own, common features have "
                    "been identified. Perpetrators often:</p>"
                    "<ul><li>sought out children who were already vulnerable, for example those "
                    "in care, missing from home or struggling at school;</li>"
                    "<li>offered attention, gifts, lifts, food or somewhere to go, so that the "
                    "relationship felt like friendship or romance at first;</li>"
                    "<li>gradually isolated the child from family, friends and "
                    "professionals;</li>"
                    "<li>used threats, shame and fear to stop the child from telling "
                    "anyone.</li></ul>"
                    "<p>Many children did not recognise what was happening as abuse at the "
                    "time. That is a consequence of grooming, not a failing on their part.</p>"
                ),
            ),
            ("heading", {"text": "When warning signs were missed", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>One of the most troubling findings has been that some children did tell "
                    "someone, or showed clear signs of harm, and were still not protected. In "
                    "some cases concerns were dismissed, or children were wrongly treated as "
                    "though they had made choices. Where organisations had responsibilities "
                    "towards a child and failed to meet them, that failure may, in some "
                    "circumstances, give rise to a legal claim. Whether a claim is possible "
                    "depends on the facts, and on the law about when organisations can be held "
                    "responsible.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "No survivor should have to carry blame that belonged to the adults who "
                        "exploited them and to the systems that looked away."
                    ),
                    "attribution": "Eleanor Whitcombe, Partner",
                    "source": "",
                },
            ),
            ("heading", {"text": "What survivors can do", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>The options depend on individual circumstances, but may include:</p>"
                    "<ul><li>a civil claim against those responsible for the abuse;</li>"
                    "<li>a claim against an organisation whose failures contributed to the "
                    "harm, which can be legally complex;</li>"
                    "<li>an application to the government-funded criminal injuries compensation "
                    "scheme, which does not depend on anyone having been convicted.</li></ul>"
                    "<p>Compensation cannot undo what happened. Survivors tell us, though, that "
                    "being believed and having failures acknowledged can matter a great deal. A "
                    "claim can also help to pay for therapy and other support.</p>"
                ),
            ),
            (
                "image",
                {
                    "image": "courthouse",
                    "alt_text": "Illustration of a stone courthouse with columns under a pale sky",
                    "caption": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>People who report sexual offences have lifelong anonymity, and we take "
                    "great care to protect it. If you would like to talk, we will go at your "
                    "pace, and you can stop or pause at any time. If you need support now, "
                    "your GP or a helpline can help.</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "heading": "Speak to our abuse claims team",
                    "text": (
                        "We offer a confidential first conversation with a specialist solicitor. "
                        "You can decide afterwards whether to take any further steps."
                    ),
                    "link_text": "Contact us",
                    "url": "/contact/",
                },
            ),
        ],
    },
    # 4
    {
        "slug": "criminal-injuries-compensation-explained",
        "title": "Criminal injuries compensation: a plain-English overview",
        "published": "2025-05-19T11:00",
        "authors": ["daniel-okafor"],
        "categories": ["grooming-gangs"],
        "excerpt": (
            "The government-funded criminal injuries compensation scheme can make awards to "
            "people harmed by violent crime, including sexual abuse. Here is how it works in "
            "general terms."
        ),
        "image": {"motif": "pages", "palette": ["#6d6a75", "#bfb8c9", "#f4f1ea"]},
        "image_alt": "Abstract illustration of stacked pages in soft lilac and grey",
        "body": [
            (
                "paragraph",
                (
                    "<p>Many survivors of child sexual exploitation are never able to bring a "
                    "claim against the people who abused them. Perpetrators may be unidentified, "
                    "in prison or simply without the means to pay compensation. In those "
                    "situations, the government-funded criminal injuries compensation scheme may "
                    "offer another route.</p>"
                    "<p>This is a general overview. The scheme's rules are detailed and change "
                    "from time to time, so please take advice on your own circumstances.</p>"
                ),
            ),
            ("heading", {"text": "What the scheme is", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>The scheme makes payments to people who have been physically or mentally "
                    "injured as a direct result of a crime of violence, which includes sexual "
                    "abuse and exploitation. It is run by a government body rather than the "
                    "courts, and it has its own published rules and a fixed tariff of awards. "
                    "Applications are usually made in writing and decided on the papers.</p>"
                ),
            ),
            ("heading", {"text": "Key points to know", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li><b>A conviction is not required.</b> The crime must usually have "
                    "been reported to the police, but the person responsible does not have to "
                    "have been charged or convicted.</li>"
                    "<li><b>There are time limits.</b> These are generally shorter than for "
                    "court claims, although there is some flexibility, particularly for people "
                    "who were children at the time.</li>"
                    "<li><b>Cooperation matters.</b> Applicants are generally expected to "
                    "cooperate with the police and the criminal justice process as far as they "
                    "reasonably can.</li>"
                    "<li><b>Some rules can reduce or prevent an award</b>, including rules about "
                    "certain criminal convictions. These rules have been reviewed over time and "
                    "need careful checking.</li></ul>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Survivors sometimes feel the application form is asking them to prove "
                        "themselves all over again. Part of our role is to take as much of that "
                        "weight off them as we can."
                    ),
                    "attribution": "Daniel Okafor, Associate Solicitor",
                    "source": "",
                },
            ),
            ("heading", {"text": "Do you need a solicitor?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>You do not need a solicitor to apply, and some people apply on their own "
                    "or with help from a support worker. Legal advice can be useful where the "
                    "circumstances are complicated, where time limits are an issue, where there "
                    "has been an earlier refusal, or where a civil claim against someone else "
                    "may also be possible. If you instruct a solicitor, you should be told "
                    "clearly, before any work begins, how their fees will be paid.</p>"
                    "<p>An award cannot reflect everything a survivor has been through, and the "
                    "amounts available are fixed. For many people, however, an award brings a "
                    "sense that what happened has been formally recognised.</p>"
                ),
            ),
            (
                "image",
                {
                    "image": "documents",
                    "alt_text": "Illustration of a neat stack of papers beside a pen",
                    "caption": "Applications are usually decided on written evidence.",
                },
            ),
            (
                "paragraph",
                (
                    "<p>You can read our general checklist for "
                    '<a href="https://www.example.org/guidance/preparing-an-application">'
                    "preparing an application</a>. If thinking about the past is affecting you, "
                    "please speak to your GP or a helpline.</p>"
                ),
            ),
        ],
    },
    # 5
    {
        "slug": "birth-injury-which-medical-records-to-ask-for",
        "title": "Birth injuries: which medical records to ask for, and why",
        "published": "2025-06-24T09:45",
        "authors": ["priya-raman"],
        "categories": ["clinical-negligence", "birth-injuries"],
        "excerpt": (
            "If you are worried that something went wrong during pregnancy or birth, the "
            "medical records are usually the starting point. Here is a guide to what to "
            "request."
        ),
        "image": {"motif": "arches", "palette": ["#7b8f7a", "#cfdcc8", "#f6f3ec"]},
        "image_alt": "Abstract illustration of rounded arches in pale green",
        "body": [
            (
                "paragraph",
                (
                    "<p>When a baby is injured around the time of birth, parents are often left "
                    "with unanswered questions. Was anything missed? Could anything have been "
                    "done differently? Sometimes the honest answer is that nothing could have "
                    "changed the outcome. Sometimes it is not. Either way, the medical records "
                    "are usually the best place to begin.</p>"
                ),
            ),
            ("heading", {"text": "Your right to see your records", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Under data protection law, you are generally entitled to a copy of your "
                    "own health records, and in most cases this is free of charge. A parent with "
                    "parental responsibility can usually ask for their child's records too, "
                    "although there are some exceptions. Requests are normally made in writing "
                    "to each hospital trust or GP practice involved.</p>"
                ),
            ),
            ("heading", {"text": "What to ask for", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>It helps to be specific. In a birth injury case, we would usually ask "
                    "for:</p>"
                    "<ol><li>the mother's antenatal records, including scan reports and any "
                    "hand-held notes;</li>"
                    "<li>the labour and delivery records, including midwifery notes and any "
                    "charts used to track progress in labour;</li>"
                    "<li>fetal heart monitoring traces, often called CTG traces, which are "
                    "sometimes stored separately;</li>"
                    "<li>the baby's neonatal records, including any time in a special care or "
                    "intensive care unit;</li>"
                    "<li>any incident reports, investigation reports or letters written after "
                    "the birth;</li>"
                    "<li>the GP records for both mother and child.</li></ol>"
                    "<p>Ask for the records to be provided in full, and keep a note of when you "
                    "sent each request.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Parents often apologise for not knowing what a CTG trace is. There is "
                        "no need. Our job is to know which documents matter and to make sure "
                        "none are missed."
                    ),
                    "attribution": "Priya Raman, Senior Associate Solicitor",
                    "source": "",
                },
            ),
            ("heading", {"text": "What happens with the records", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>If you instruct us, we will usually obtain the records ourselves and "
                    "have them sorted into order. We then ask independent medical experts, "
                    "often in obstetrics, midwifery and neonatal care, to review them. Their "
                    "reports help us advise on whether the care fell below a reasonable standard "
                    "and, if so, whether that caused the injury. Both questions need to be "
                    "answered in your favour for a claim to succeed.</p>"
                    "<p>Time limits apply to clinical negligence claims, although the rules for "
                    "claims made on behalf of children differ from those for adults. It is worth "
                    "seeking advice early rather than assuming there is plenty of time.</p>"
                ),
            ),
            (
                "image",
                {
                    "image": "hospital",
                    "alt_text": "Illustration of a hospital building with softly lit windows",
                    "caption": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Caring for a child with a birth injury can be exhausting. If you are "
                    "struggling, please talk to your GP or health visitor, who can point you "
                    "towards local support. Looking after your own health matters too, and "
                    "asking for help is not a sign of failing to cope.</p>"
                ),
            ),
        ],
    },
    # 6
    {
        "slug": "lifelong-anonymity-for-complainants",
        "title": "Lifelong anonymity for complainants: what it means for readers",
        "published": "2025-08-05T10:30",
        "authors": ["eleanor-whitcombe"],
        "categories": ["child-abuse", "grooming-gangs"],
        "excerpt": (
            "People who report sexual offences have lifelong anonymity in law. That "
            "protection applies to everyone, including social media users, and it is easier "
            "to breach than many people realise."
        ),
        "image": {"motif": "grid", "palette": ["#485665", "#9fb0bf", "#e9ecef"]},
        "image_alt": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>When cases involving sexual offences are in the news, people "
                    "understandably want to talk about them. Readers share articles, comment on "
                    "posts and speculate in group chats. It is important to know that the law "
                    "gives people who report sexual offences lifelong anonymity, and that this "
                    "protection covers what everyone publishes, not just newspapers and "
                    "broadcasters.</p>"
                ),
            ),
            ("heading", {"text": "What the protection means", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Once an allegation of a sexual offence has been made, it is generally "
                    "unlawful to publish anything likely to lead members of the public to "
                    "identify the person who made it. The protection lasts for that person's "
                    "lifetime. It applies whether or not anyone is charged, and whatever the "
                    "outcome of any trial.</p>"
                    "<p>Publishing includes posting on social media, sharing in online groups "
                    "and writing on forums and websites. Breaching the protection can be a "
                    "criminal offence.</p>"
                ),
            ),
            ("heading", {"text": "Jigsaw identification", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>A person does not have to be named to be identified. Small details, each "
                    "harmless on its own, can be pieced together. Details that could contribute "
                    "to identification include:</p>"
                    "<ul><li>a school, street, village or workplace;</li>"
                    "<li>a relative's name, or a family relationship to a defendant;</li>"
                    "<li>a photograph, even one where a face is blurred;</li>"
                    "<li>an unusual job, hobby or physical description.</li></ul>"
                    "<p>Reposting content written by other people can also spread identifying "
                    "details further. If you are commenting on a case, the safest approach is "
                    "not to add any detail about a complainant at all. If in doubt, leave it "
                    "out.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Anonymity is often what makes it possible for someone to come forward "
                        "in the first place. Protecting it is something all of us can do."
                    ),
                    "attribution": "Eleanor Whitcombe, Partner",
                    "source": "",
                },
            ),
            ("heading", {"text": "How we approach anonymity", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>In our own work, we take care never to publish information that could "
                    "identify a client or anyone else who has reported abuse. Where we refer to "
                    "experiences in articles, we do so in general terms, with permission, and "
                    "with details changed or removed. Civil courts can also make orders "
                    "protecting a claimant's identity, and we will discuss with you whether to "
                    "ask for one.</p>"
                    "<p>An adult complainant can, in some circumstances, choose to give up their "
                    "anonymity. That is a significant and often irreversible decision, and one "
                    "we would always encourage someone to take advice on first.</p>"
                    "<p>If you think information identifying you has been published, you can "
                    "report it to the police, and you may also wish to take legal advice. If it "
                    "has left you feeling distressed, your GP or a helpline can offer "
                    "support.</p>"
                ),
            ),
        ],
    },
    # 7
    {
        "slug": "partnering-with-the-kestrel-bridge-trust",
        "title": "Why we're partnering with the Kestrel Bridge Trust",
        "published": "2025-09-09T12:00",
        "authors": ["eleanor-whitcombe"],
        "categories": ["firm-news"],
        "excerpt": (
            "This year we are supporting the Kestrel Bridge Trust, a small Leeds charity "
            "offering peer support to adult survivors of childhood abuse. Here is why, and "
            "what the partnership involves."
        ),
        "image": {"motif": "paths", "palette": ["#8a6f5a", "#d8c3a5", "#eef0e8"]},
        "image_alt": "Abstract illustration of two gentle paths meeting in warm sand tones",
        "body": [
            (
                "paragraph",
                (
                    "<p>We are pleased to announce that Ashdown Marlowe Solicitors will be "
                    "supporting the Kestrel Bridge Trust as our charity partner for the coming "
                    "year. The Trust is a small Leeds-based charity that runs peer support "
                    "groups and creative workshops for adults who experienced abuse in "
                    "childhood.</p>"
                ),
            ),
            ("heading", {"text": "Why this charity", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Much of our work involves helping survivors through legal processes "
                    "that can be slow and demanding. A legal claim can achieve certain things, "
                    "but it is no substitute for support, connection and time with people who "
                    "understand. The Trust offers exactly that, in a setting that is informal, "
                    "welcoming and led by people with lived experience.</p>"
                    "<p>We were also struck by how carefully the Trust listens. Its groups are "
                    "shaped by the people who attend them, and no one is ever asked to share "
                    "more than they want to.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "We wanted to support something that makes a difference on the days that "
                        "have nothing to do with a court case. The Trust does that quietly and "
                        "brilliantly."
                    ),
                    "attribution": "Eleanor Whitcombe, Partner",
                    "source": "",
                },
            ),
            ("heading", {"text": "What the partnership involves", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>Our team will fundraise through the year, including a sponsored "
                    "walk along the canal towpath in the spring.</li>"
                    "<li>We will make a meeting room at Fennick House available for evening "
                    "workshops, free of charge.</li>"
                    "<li>Members of our team will volunteer time to help with administration "
                    "and events, entirely separately from any legal work.</li></ul>"
                    "<p>The partnership is not a referral arrangement. The Trust does not refer "
                    "people to us, and we do not pay for introductions. Anyone attending its "
                    "groups is free to seek legal advice from any firm, or from none at all, and "
                    "the Trust's support does not depend on that choice.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Having a quiet, accessible room in the city centre means we can run more "
                        "evening sessions for people who work during the day."
                    ),
                    "attribution": "A coordinator at the Kestrel Bridge Trust",
                    "source": "",
                },
            ),
            (
                "image",
                {
                    "image": "path",
                    "alt_text": "Illustration of a winding path through green fields",
                    "caption": "Our sponsored walk will follow the canal towpath.",
                },
            ),
            ("heading", {"text": "Following our progress", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>We will share updates on our fundraising as the year goes on, including "
                    "how the money raised has been used. If you would like to support the Trust "
                    "yourself, you can find out more on "
                    '<a href="https://www.example.org/kestrel-bridge-trust">its website</a>.</p>'
                    "<p>We chose the Trust after asking our own team which local organisations "
                    "they had seen make a real difference. Several colleagues had heard how much "
                    "its groups had helped people, often long before any legal claim began, and "
                    "sometimes where no claim was ever made. That independence from the legal "
                    "process is one of the things we value most about it.</p>"
                    "<p>Thank you to everyone at the Trust for welcoming us, and to our own team "
                    "for the energy they have already brought to the partnership.</p>"
                ),
            ),
        ],
    },
    # 8
    {
        "slug": "online-exploitation-keeping-evidence",
        "title": "Online exploitation: a practical guide to keeping evidence",
        "published": "2025-10-14T09:15",
        "updated": "2026-01-20T16:00",
        "authors": ["daniel-okafor", "grace-lindqvist"],
        "categories": ["child-abuse", "online-exploitation"],
        "excerpt": (
            "If a child is being groomed or exploited online, the instinct is often to delete "
            "everything. Here is a calm, practical guide to preserving evidence safely."
        ),
        "image": {"motif": "waves", "palette": ["#2f5d62", "#7fa6a3", "#e6efec"]},
        "image_alt": "Abstract illustration of layered teal waves",
        "body": [
            (
                "paragraph",
                (
                    "<p>Discovering that a child has been groomed or exploited online is "
                    "frightening. Parents and carers often tell us their first instinct was to "
                    "delete the messages, block the account and make the whole thing disappear. "
                    "That is completely understandable. But where it is safe to do so, keeping "
                    "evidence can make a real difference to a police investigation and, later, "
                    "to any claim.</p>"
                    "<p>If a child is in immediate danger, contact the emergency services "
                    "straight away.</p>"
                ),
            ),
            ("heading", {"text": "First, keep the child safe", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Reassure the child that they are not in trouble and that telling you was "
                    "the right thing to do. Try not to question them in detail, as they may need "
                    "to give an account to specially trained officers later. Report what has "
                    "happened to the police, who can advise on what they need from you.</p>"
                ),
            ),
            ("heading", {"text": "Preserving evidence safely", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Where it is safe and lawful to do so, the following steps can help:</p>"
                    "<ol><li>Do not delete the account, the app or the conversation, and ask the "
                    "child not to either.</li>"
                    "<li>Note the usernames, profile links and platforms involved.</li>"
                    "<li>Write down dates, times and a brief summary of what you have seen, "
                    "while it is fresh in your mind.</li>"
                    "<li>Keep the device safe and unchanged, and hand it to the police if they "
                    "ask for it.</li></ol>"
                ),
            ),
            ("heading", {"text": "A very important warning", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p><b>Never copy, save, screenshot, forward or share any sexual image of a "
                    "child, even to use as evidence.</b> Doing so can itself be a criminal "
                    "offence, and it risks the image spreading further. Tell the police that the "
                    "material exists and where it is, and let them deal with it.</p>"
                ),
            ),
            ("heading", {"text": "Why evidence matters later", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Online exploitation can sometimes be linked to failures by others, for "
                    "example where a school or another organisation was told about concerns and "
                    "did not act. Notes made at the time, together with police material, can "
                    "help show what was known and when. Useful things to keep include:</p>"
                    "<ul><li>letters and emails to and from the school or other agencies;</li>"
                    "<li>crime reference numbers and the names of officers you spoke to;</li>"
                    "<li>a simple diary of calls, meetings and how your child has been.</li></ul>"
                    "<p>We look at evidence with care and sensitivity, and we will never ask a "
                    "child to repeat their account unnecessarily.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "We kept a simple notebook of every call and every meeting. Months later, "
                        "it was the thing everyone asked to see."
                    ),
                    "attribution": "A parent we worked with, quoted with permission",
                    "source": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Supporting a child through this is hard. Please look after yourself too, "
                    "and consider speaking to your GP or a helpline for parents.</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "heading": "Need advice?",
                    "text": (
                        "If your family has been affected by online exploitation, our abuse "
                        "claims team can talk through your options in confidence."
                    ),
                    "link_text": "Contact our team",
                    "url": "/contact/",
                },
            ),
        ],
    },
    # 9
    {
        "slug": "delayed-diagnosis-when-is-it-negligence",
        "title": "Delayed diagnosis: when does a missed opportunity become a claim?",
        "published": "2025-11-18T10:00",
        "authors": ["priya-raman", "tom-hendry"],
        "categories": ["misdiagnosis"],
        "excerpt": (
            "Not every late diagnosis is negligent. We explain the two questions that decide "
            "whether a misdiagnosis or delayed diagnosis claim may succeed."
        ),
        "image": {"motif": "columns", "palette": ["#566e8a", "#b5c4d6", "#f2f4f7"]},
        "image_alt": "Abstract illustration of tall pale blue columns of varying height",
        "body": [
            (
                "paragraph",
                (
                    "<p>Diagnosis is not always straightforward. Symptoms can be vague, "
                    "conditions can develop slowly, and even careful clinicians sometimes reach "
                    "the wrong conclusion. The law recognises this. A diagnosis that turns out "
                    "to be wrong, or late, is not automatically negligent. But where the "
                    "standard of care has fallen short and that has caused harm, there may be a "
                    "claim.</p>"
                ),
            ),
            ("heading", {"text": "Question one: was the care reasonable?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>The first question is whether the doctor or other clinician acted in a "
                    "way that a responsible body of practitioners in the same field would have "
                    "supported at the time. Independent experts look at what was known, what "
                    "was recorded and what ought reasonably to have been done. Common examples "
                    "of concern include:</p>"
                    "<ul><li>symptoms that were not examined or investigated;</li>"
                    "<li>test results that were not followed up or acted on;</li>"
                    "<li>a referral that should have been made but was not, or was not marked "
                    "as urgent;</li>"
                    "<li>scan or X-ray findings that were misread.</li></ul>"
                ),
            ),
            ("heading", {"text": "Question two: did it make a difference?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>The second question, often the harder one, is whether the delay actually "
                    "changed the outcome. This is known as causation. If the condition would "
                    "have followed the same course even with an earlier diagnosis, a claim is "
                    "unlikely to succeed, however poor the care may have been. If earlier "
                    "treatment would probably have led to a better outcome, such as less "
                    "invasive treatment or a better prognosis, that difference may be what the "
                    "claim is about.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Families are sometimes surprised that we spend so long on causation. It "
                        "is usually where these cases are won or lost, so we would rather be "
                        "honest about it early."
                    ),
                    "attribution": "Priya Raman, Senior Associate Solicitor",
                    "source": "",
                },
            ),
            (
                "image",
                {
                    "image": "hospital",
                    "alt_text": "Illustration of a hospital building with softly lit windows",
                    "caption": "",
                },
            ),
            ("heading", {"text": "What you can do", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>If you are worried about a delay in diagnosis, it may help to write down "
                    "a timeline of appointments, symptoms and conversations while you remember "
                    "them. You can also ask for copies of your medical records. Making a "
                    "complaint to the healthcare provider is a separate process from a legal "
                    "claim, and you can do either or both.</p>"
                    "<p>Time limits apply to clinical negligence claims, and time may run from "
                    "when you first knew, or could reasonably have known, that something may "
                    "have gone wrong. Please seek advice early, even if you are still "
                    "receiving treatment.</p>"
                    "<p>It is also worth knowing that compensation in these cases reflects the "
                    "difference the delay made, not the illness itself. That can feel "
                    "frustrating, but it is one reason why careful expert evidence matters so "
                    "much, and why we explain our view of the likely outcome as the case "
                    "develops.</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "heading": "Questions about your care?",
                    "text": (
                        "Our clinical negligence team can listen to your concerns and explain, in "
                        "plain English, whether a claim may be possible."
                    ),
                    "link_text": "Contact us",
                    "url": "/contact/",
                },
            ),
        ],
    },
    # 10
    {
        "slug": "cycling-injuries-steps-after-a-collision",
        "title": "Cycling injuries on city roads: steps to take after a collision",
        "published": "2026-01-13T08:45",
        "authors": ["tom-hendry"],
        "categories": ["personal-injury", "road-traffic-accidents"],
        "excerpt": (
            "Cyclists are among the most vulnerable road users. If you are injured in a "
            "collision, a few practical steps can protect your health and any later claim."
        ),
        "image": {"motif": "paths", "palette": ["#4d6b53", "#a3bfa0", "#f1efe6"]},
        "image_alt": "Abstract illustration of curving green lines like lanes on a road",
        "body": [
            (
                "paragraph",
                (
                    "<p>Many people in and around Leeds now cycle to work, to school or simply "
                    "for pleasure. Most journeys pass without incident, but when a collision "
                    "does happen, cyclists have little protection and injuries can be serious. "
                    "This article sets out some practical steps to take if you are hurt. It is "
                    "general information, not legal advice.</p>"
                ),
            ),
            ("heading", {"text": "At the scene", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Your health comes first. If you or anyone else is injured, contact the "
                    "emergency services. If you are able to, and it is safe, the following can "
                    "help later:</p>"
                    "<ol><li>Note the other driver's name, address, vehicle registration and "
                    "insurance details.</li>"
                    "<li>Ask any witnesses for their names and contact details.</li>"
                    "<li>Take photographs of the scene, the road surface, your bike and any "
                    "visible injuries.</li>"
                    "<li>Check whether there are cameras nearby, such as dashcams, shop cameras "
                    "or your own helmet camera, and note where they are.</li></ol>"
                    "<p>Do not worry if you could not do all of this. Many people are too shaken "
                    "or injured to collect details, and there are often other ways to obtain "
                    "the information.</p>"
                ),
            ),
            ("heading", {"text": "In the days that follow", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>See a doctor even if your injuries seem minor. Some injuries, including "
                    "head and soft tissue injuries, become more noticeable after a day or two, "
                    "and a medical record made soon after the collision is valuable evidence. "
                    "Keep your damaged bike, helmet and clothing, and keep receipts for any "
                    "costs, such as repairs, travel to appointments, medication and lost "
                    "earnings.</p>"
                    "<p>If the police attended, make a note of any reference number.</p>"
                ),
            ),
            ("heading", {"text": "Questions of fault", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Drivers and their insurers sometimes argue that a cyclist was partly to "
                    "blame, for example because of their position on the road, their visibility "
                    "or whether they were wearing a helmet. These arguments are not always "
                    "right, and even where they have some force they may only reduce "
                    "compensation rather than defeat a claim altogether. The Highway Code "
                    "contains guidance on how drivers should behave around people cycling, and "
                    "we look at it carefully in every case.</p>"
                ),
            ),
            ("heading", {"text": "Early offers", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Insurers sometimes contact injured people quickly with an offer of "
                    "settlement. An early offer is not necessarily a bad one, but it may be made "
                    "before the full effect of your injuries is known. It is usually sensible to "
                    "get advice before accepting anything, because once a claim is settled it "
                    "generally cannot be reopened.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Cyclists often tell me they feel they have to justify being on the road "
                        "at all. They don't. The question is whether the other road user took "
                        "reasonable care."
                    ),
                    "attribution": "Tom Hendry, Solicitor",
                    "source": "",
                },
            ),
            (
                "image",
                {
                    "image": "road",
                    "alt_text": "Illustration of a quiet road curving between trees",
                    "caption": "",
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Injured while cycling?",
                    "text": (
                        "Our personal injury team can explain your options and how a claim might "
                        "be funded, with no obligation."
                    ),
                    "link_text": "Speak to us",
                    "url": "/contact/",
                },
            ),
        ],
    },
    # 11
    {
        "slug": "abuse-in-schools-and-boarding-settings",
        "title": "Abuse in schools and boarding settings: speaking up years later",
        "published": "2026-02-24T09:30",
        "authors": ["eleanor-whitcombe"],
        "categories": ["child-abuse", "abuse-in-schools"],
        "excerpt": (
            "Abuse in schools, including boarding schools, often comes to light decades "
            "after it happened. We explain why, and what former pupils can do now."
        ),
        "image": {"motif": "arches", "palette": ["#6b5b73", "#c4b7c9", "#f3f0f3"]},
        "image_alt": "Abstract illustration of a row of arches in muted plum",
        "body": [
            (
                "paragraph",
                (
                    "<p>Schools should be places where children are safe, and for most pupils "
                    "they are. But abuse by staff, and sometimes by other pupils, has happened "
                    "in day schools, boarding schools, religious schools and specialist "
                    "settings, and former pupils are still coming forward about experiences "
                    "from many years ago.</p>"
                ),
            ),
            ("heading", {"text": "Why disclosure often comes later", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>There are many reasons why someone abused at school may not speak about "
                    "it for a long time. Children often did not have the words to describe what "
                    "was happening. Some were told they would not be believed, or feared losing "
                    "their place at the school. In boarding settings, children were away from "
                    "their families and dependent on the very adults who held authority over "
                    "them. Some people also worry about the effect on their family, or about "
                    "being seen differently by people who knew them at school.</p>"
                    "<p>Later, a news story, a reunion or their own child reaching the same age "
                    "can bring memories back. None of this makes an account less credible.</p>"
                ),
            ),
            ("heading", {"text": "Who may be responsible", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>A claim may be brought against an individual abuser, but in many school "
                    "cases the claim is brought against an organisation. Depending on the "
                    "circumstances, that might be a local authority, a school's governing body "
                    "or trustees, a religious organisation or an insurer. An organisation may be "
                    "responsible for the actions of its staff, and may also be responsible if it "
                    "failed to act on warnings.</p>"
                    "<p>Where a school has closed or changed hands, it is often still possible "
                    "to identify who is responsible today. Tracing the right defendant is part "
                    "of our work.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Former pupils sometimes ask whether anyone will remember them, or "
                        "whether any records still exist. More often than people expect, "
                        "something does."
                    ),
                    "attribution": "Eleanor Whitcombe, Partner",
                    "source": "",
                },
            ),
            ("heading", {"text": "Evidence in older cases", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Useful evidence can include:</p>"
                    "<ul><li>school registers, reports and photographs;</li>"
                    "<li>records of any complaint made at the time, even if nothing was "
                    "done;</li>"
                    "<li>police records from any investigation, past or present;</li>"
                    "<li>accounts from other former pupils, where they are willing to "
                    "help.</li></ul>"
                    "<p>You do not need to gather any of this before speaking to us. We can "
                    "explain what may be available and how to request it.</p>"
                ),
            ),
            (
                "image",
                {
                    "image": "library",
                    "alt_text": "Illustration of tall bookshelves in a quiet library",
                    "caption": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Time limits apply, but in abuse cases the court has a discretion to "
                    "allow older claims to proceed. If memories of school are causing you "
                    "distress, please speak to your GP or a helpline. Support is available "
                    "whether or not you decide to take legal action. You are welcome to talk "
                    "to us about any kind of school, whether state or independent, day or "
                    "boarding.</p>"
                ),
            ),
        ],
    },
    # 12
    {
        "slug": "safeguarding-failures-duty-of-care",
        "title": "Safeguarding failures: what 'a duty of care' means in practice",
        "published": "2026-04-07T10:15",
        "authors": ["daniel-okafor"],
        "categories": ["grooming-gangs"],
        "excerpt": (
            "When organisations responsible for children fail to act on warning signs, "
            "survivors often ask whether they can be held to account. We explain the general "
            "principles."
        ),
        "image": {"motif": "shield", "palette": ["#44546a", "#a5b1bd", "#ecebe6"]},
        "image_alt": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>A recurring theme in child exploitation cases is that someone, somewhere, "
                    "knew. A teacher noticed a change in behaviour. A social worker recorded that "
                    "a child kept going missing. A neighbour raised a concern. Survivors often "
                    "ask why those warnings did not lead to action, and whether the "
                    "organisations involved can be held responsible.</p>"
                ),
            ),
            ("heading", {"text": "What safeguarding means", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Safeguarding describes the steps organisations take to protect children "
                    "from harm and to respond properly when there are concerns. Schools, local "
                    "authorities, health services, the police and many other bodies have "
                    "safeguarding responsibilities. They are expected to share information, to "
                    "take concerns seriously and to act in the interests of the child.</p>"
                    "<p>Good safeguarding is not about one person noticing one thing. It depends "
                    "on organisations working together, so that small concerns held by "
                    "different people can be seen as part of a bigger picture. Where things have "
                    "gone wrong, it has often involved information that was recorded but not "
                    "shared or acted on.</p>"
                ),
            ),
            ("heading", {"text": "When a failure may lead to a claim", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Not every failure gives rise to a legal claim. The law on when public "
                    "bodies owe a duty of care to an individual is complex, and it has developed "
                    "considerably over the years. In general terms, a court will look at "
                    "questions such as:</p>"
                    "<ul><li>whether the organisation had taken on responsibility for the child, "
                    "for example because the child was in its care;</li>"
                    "<li>what the organisation knew, or should have known, at the time;</li>"
                    "<li>what a reasonable organisation in its position would have done;</li>"
                    "<li>whether acting properly would probably have prevented some or all of "
                    "the harm.</li></ul>"
                    "<p>In some cases there may also be claims under human rights law, which "
                    "have their own rules and shorter time limits.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "The records often tell the story the survivor was never allowed to tell "
                        "at the time. Reading them can be painful, but it can also be a turning "
                        "point."
                    ),
                    "attribution": "Daniel Okafor, Associate Solicitor",
                    "source": "",
                },
            ),
            ("heading", {"text": "Finding out what happened", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Survivors are often entitled to see the records that organisations hold "
                    "about them, including social care files. These can be long, and they can be "
                    "very difficult to read. We generally recommend that people do not read "
                    "their files alone, and we can help arrange for records to be requested and "
                    "reviewed with appropriate support in place.</p>"
                    "<p>Where a review has already been published about an area or an "
                    "organisation, it can provide useful context, but each individual claim "
                    "still depends on its own evidence. We will never promise that a claim will "
                    "succeed, but we will explain honestly what the evidence shows.</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "heading": "Were warning signs missed?",
                    "text": (
                        "If you believe organisations failed to protect you as a child, we can "
                        "talk through your situation in confidence."
                    ),
                    "link_text": "Contact us",
                    "url": "/contact/",
                },
            ),
        ],
    },
    # 13
    {
        "slug": "visiting-fennick-house-accessibility",
        "title": "Visiting Fennick House: accessibility and other ways to meet us",
        "published": "2026-05-19T11:30",
        "authors": ["grace-lindqvist"],
        "categories": ["firm-news"],
        "excerpt": (
            "We have made changes at our Leeds office so that it is easier and more "
            "comfortable to visit. We also offer video, telephone and home meetings."
        ),
        "image": {"motif": "columns", "palette": ["#8c6d4f", "#d6c4ad", "#f5f2ec"]},
        "image_alt": "Abstract illustration of warm brown columns on a cream background",
        "body": [
            (
                "paragraph",
                (
                    "<p>Meeting a solicitor for the first time can be daunting, and the building "
                    "you meet in should not add to that. Over the past few months we have made a "
                    "number of changes at Fennick House, our office on Ropewalk Yard in Leeds, "
                    "and we wanted to explain what is now available.</p>"
                ),
            ),
            ("heading", {"text": "Getting in and around", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>Step-free access from Ropewalk Yard through the main entrance, with "
                    "an automatic door.</li>"
                    "<li>A lift to all floors, with audio announcements.</li>"
                    "<li>An accessible toilet on the ground floor.</li>"
                    "<li>A hearing loop at reception and in our main meeting rooms.</li>"
                    "<li>Two accessible parking bays in the yard, which can be booked in "
                    "advance.</li></ul>"
                ),
            ),
            ("heading", {"text": "Before you arrive", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>When you book an appointment, we will ask whether there is anything we "
                    "can do to make your visit easier. You do not have to explain why. We can "
                    "send you a photograph of the entrance and meeting room in advance, meet you "
                    "at the door rather than in reception, or arrange a time when the office is "
                    "quieter. If you need to cancel or rearrange at short notice, that is never "
                    "a problem.</p>"
                ),
            ),
            ("heading", {"text": "A quieter space", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>We have created a quiet room on the ground floor with soft lighting, "
                    "comfortable seating and its own entrance, away from the main reception. "
                    "Many of our clients are discussing painful experiences, and some prefer not "
                    "to wait in a shared area. If you would like to use the quiet room, just let "
                    "us know when you arrange your appointment. You are also welcome to bring a "
                    "friend, relative or support worker with you.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Small things matter. Knowing you can come in through a quiet door, or "
                        "keep your camera off, can be the difference between making an "
                        "appointment and not."
                    ),
                    "attribution": "Grace Lindqvist, Paralegal",
                    "source": "",
                },
            ),
            ("heading", {"text": "Other ways to meet", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Not everyone wants, or is able, to come into the office. We regularly "
                    "meet clients:</p>"
                    "<ul><li>by video call, with the option to keep your camera switched "
                    "off;</li>"
                    "<li>by telephone, at times that suit you, including early evenings by "
                    "arrangement;</li>"
                    "<li>at home or at another place where you feel comfortable, subject to "
                    "travel.</li></ul>"
                    "<p>We can also provide documents in large print, send information by post "
                    "rather than email, or arrange an interpreter. If there is anything else "
                    "that would help, please ask. We would much rather know in advance than "
                    "have you feel uncomfortable on the day.</p>"
                ),
            ),
            (
                "image",
                {
                    "image": "city",
                    "alt_text": "Illustration of brick buildings around a small city courtyard",
                    "caption": "Fennick House is a short walk from the city centre.",
                },
            ),
            (
                "paragraph",
                (
                    "<p>If you have any questions about visiting us, please call reception on "
                    "0113 496 0150 or email enquiries@ashdownmarlowe.example.</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "heading": "Arrange a meeting",
                    "text": (
                        "Tell us how and where you would like to meet, and anything that would "
                        "make the meeting easier for you."
                    ),
                    "link_text": "Contact us",
                    "url": "/contact/",
                },
            ),
        ],
    },
    # 14
    {
        "slug": "reader-question-will-i-have-to-face-my-abusers",
        "title": "Reader question: 'Will I have to face the people who hurt me?'",
        "published": "2026-07-07T09:00",
        "updated": "2026-07-21T15:30",
        "authors": ["eleanor-whitcombe", "grace-lindqvist"],
        "categories": ["child-abuse", "grooming-gangs"],
        "excerpt": (
            "A reader asks whether bringing a civil claim means coming face to face with "
            "their abusers in court. We answer in general terms."
        ),
        "image": {"motif": "dawn", "palette": ["#9b7e8f", "#e3d3dc", "#556270"]},
        "image_alt": "Abstract illustration of a soft rose dawn over a grey horizon",
        "body": [
            (
                "paragraph",
                (
                    "<p>From time to time we answer questions sent to us by readers. We change "
                    "any details that could identify the person asking, and our answers are "
                    "general information rather than advice on a particular case.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "I was exploited as a teenager by a group of men. I would like to bring a "
                        "claim, but the thought of being in a courtroom with them makes me feel "
                        "ill. Would I have to face them?"
                    ),
                    "attribution": "A reader, with details changed",
                    "source": "Reader question",
                },
            ),
            ("heading", {"text": "Our answer", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Thank you for writing to us. Your worry is one we hear very often, and "
                    "it is completely understandable. The short answer is that, in most civil "
                    "claims, survivors do not have to come face to face with the people who "
                    "abused them. We cannot promise that in every case, but there are several "
                    "reasons why it is less likely than many people fear.</p>"
                    "<p>It is also worth saying that you would not be alone at any stage. Your "
                    "solicitor would explain each step in advance, and you could ask questions, "
                    "take breaks and involve a supporter whenever you wished. Many survivors "
                    "find that knowing exactly what will happen, and what will not, eases at "
                    "least some of the fear.</p>"
                ),
            ),
            ("heading", {"text": "Many claims are brought against organisations", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>In exploitation cases, a claim is often brought against an organisation, "
                    "such as a local authority, rather than against the individual abusers. "
                    "Where that is so, the abusers are not parties to the claim and would not "
                    "normally be involved in it.</p>"
                ),
            ),
            ("heading", {"text": "Most claims do not reach a trial", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>The large majority of civil claims are resolved by agreement, without a "
                    "trial. Negotiations usually take place between lawyers, in writing or at "
                    "meetings you do not have to attend in person unless you want to.</p>"
                ),
            ),
            ("heading", {"text": "Protections are available", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>If a case does go to a hearing, the court can be asked to put measures "
                    "in place to help a vulnerable witness give their best evidence. Depending "
                    "on the circumstances, these might include:</p>"
                    "<ul><li>screens, so that you cannot see certain people in the "
                    "courtroom;</li>"
                    "<li>giving evidence by video link from another room or building;</li>"
                    "<li>regular breaks, care over how questions are asked, or a supporter "
                    "nearby.</li></ul>"
                    "<p>Your identity can also be protected, and people who report sexual "
                    "offences have lifelong anonymity in law.</p>"
                ),
            ),
            ("heading", {"text": "Taking the next step", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>You can speak to us without committing to anything. We will explain who "
                    "a claim might be brought against in your situation, and we will talk "
                    "honestly about what might be asked of you. If you are finding things "
                    "difficult right now, please speak to your GP or contact a helpline. You "
                    "deserve support, whatever you decide.</p>"
                ),
            ),
            (
                "image",
                {
                    "image": "path",
                    "alt_text": "Illustration of a winding path through green fields",
                    "caption": "",
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Have a question for us?",
                    "text": (
                        "You can ask our abuse claims team anything in confidence. We will never "
                        "publish your question without your permission."
                    ),
                    "link_text": "Get in touch",
                    "url": "/contact/",
                },
            ),
        ],
    },
    # 15
    {
        "slug": "how-no-win-no-fee-agreements-work",
        "title": "Personal injury & clinical negligence: how no win, no fee agreements work",
        "published": "2026-09-08T10:00",
        "authors": ["tom-hendry", "priya-raman"],
        "categories": ["personal-injury", "clinical-negligence"],
        "excerpt": (
            "Many personal injury and clinical negligence claims are funded through a "
            "conditional fee agreement. Here is how these agreements generally work, in plain "
            "English."
        ),
        "image": {"motif": "pages", "palette": ["#3f6b73", "#9cc0c2", "#f0f3f1"]},
        "image_alt": "Abstract illustration of overlapping pages in muted teal",
        "body": [
            (
                "paragraph",
                (
                    "<p>Worry about legal costs stops many people from seeking advice at all. "
                    "For many personal injury and clinical negligence claims, a 'no win, no fee' "
                    "arrangement, known formally as a conditional fee agreement, means you do "
                    "not have to pay legal fees up front. This article explains how these "
                    "agreements generally work. The terms of any agreement we offer you will be "
                    "set out in writing before you sign.</p>"
                ),
            ),
            ("heading", {"text": "The basic idea", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Under a conditional fee agreement, your solicitor agrees that if the "
                    "claim is unsuccessful, you will not pay their basic fees. If the claim "
                    "succeeds, a large part of your legal costs will usually be paid by the "
                    "other side, and your solicitor may also be entitled to a 'success fee' "
                    "taken from your compensation.</p>"
                ),
            ),
            ("heading", {"text": "Key terms to understand", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li><b>Success fee.</b> This is an extra amount payable if you win. In "
                    "personal injury and clinical negligence cases, the law limits how much of "
                    "certain parts of your compensation can be taken for it.</li>"
                    "<li><b>Disbursements.</b> These are expenses such as medical reports, court "
                    "fees and charges for records. We will explain how they will be paid.</li>"
                    "<li><b>Insurance.</b> Some claims are protected by an insurance policy, "
                    "often called after the event insurance, which can cover certain costs if a "
                    "claim is lost.</li>"
                    "<li><b>Ending the agreement.</b> The agreement explains what happens if you "
                    "decide to stop, or if we advise that the claim should not continue.</li>"
                    "</ul>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Nobody should sign an agreement they don't understand. I would much "
                        "rather spend an extra half an hour on the phone than have a client "
                        "worried about costs later."
                    ),
                    "attribution": "Tom Hendry, Solicitor",
                    "source": "",
                },
            ),
            ("heading", {"text": "Questions worth asking", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Whoever you instruct, it is sensible to ask:</p>"
                    "<ol><li>What share of my compensation could go on fees, in the best and "
                    "worst cases?</li>"
                    "<li>What happens if I lose, and is there anything I might still have to "
                    "pay?</li>"
                    "<li>Is insurance needed, and what does it cost?</li>"
                    "<li>Will I be told if the estimate of costs changes?</li></ol>"
                    "<p>A good solicitor will welcome these questions and answer them "
                    "clearly.</p>"
                ),
            ),
            ("heading", {"text": "Other ways to fund a claim", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>A conditional fee agreement is not the only option. You may already have "
                    "legal expenses insurance through a home, car or bank account policy, and in "
                    "some cases other forms of funding may be available. We will check this with "
                    "you at the start, so that you can choose the arrangement that suits you "
                    "best. Abuse claims can be funded in similar ways, and we will explain the "
                    "options in the same plain terms.</p>"
                ),
            ),
            (
                "image",
                {
                    "image": "documents",
                    "alt_text": "Illustration of a neat stack of papers beside a pen",
                    "caption": "We set out every agreement in writing before you sign.",
                },
            ),
        ],
    },
    # 16
    {
        "slug": "complaint-or-claim-in-healthcare",
        "title": "Making a complaint or bringing a claim: what's the difference in healthcare?",
        "published": "2026-10-27T09:30",
        "authors": ["priya-raman"],
        "categories": ["clinical-negligence"],
        "excerpt": (
            "If something has gone wrong with your medical care, you might make a complaint, "
            "bring a claim, or both. We explain how the two routes differ."
        ),
        "image": {"motif": "circles", "palette": ["#7a6a56", "#c9bda8", "#eceae4"]},
        "image_alt": "Abstract illustration of two linked circles in stone and taupe",
        "body": [
            (
                "paragraph",
                (
                    "<p>When medical treatment goes wrong, people usually want three things: an "
                    "explanation, an apology and reassurance that it will not happen to someone "
                    "else. Some also need financial help because of the harm they have suffered. "
                    "A complaint and a legal claim can each help with some of these, but they "
                    "work in different ways.</p>"
                ),
            ),
            ("heading", {"text": "Making a complaint", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>A complaint is made directly to the healthcare provider, such as a "
                    "hospital trust, GP practice or private clinic. Every provider should have a "
                    "complaints procedure. NHS complaints should generally be made within 12 "
                    "months of the events, or of when you became aware of the problem, although "
                    "there is some flexibility. A complaint can lead to an explanation, an "
                    "apology, a meeting with the staff involved and changes to practice.</p>"
                    "<p>If you are not satisfied with the response, you can usually ask an "
                    "independent ombudsman to review it. A complaint does not normally result in "
                    "compensation.</p>"
                ),
            ),
            ("heading", {"text": "Bringing a claim", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>A clinical negligence claim is a legal process that seeks compensation "
                    "for harm caused by care that fell below a reasonable standard. It involves "
                    "independent expert evidence and, if agreement cannot be reached, can lead "
                    "to court proceedings. Claims are subject to legal time limits that are "
                    "separate from complaint deadlines. A solicitor can tell you at the outset "
                    "whether a claim appears worth investigating and how it might be "
                    "funded.</p>"
                ),
            ),
            ("heading", {"text": "Doing both", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>You do not have to choose. Many people make a complaint first and then "
                    "seek legal advice, and others do both at the same time. Some things to bear "
                    "in mind:</p>"
                    "<ul><li>The complaint response may contain useful information, so keep a "
                    "copy of everything you send and receive.</li>"
                    "<li>Making a complaint does not pause the time limit for a legal "
                    "claim.</li>"
                    "<li>You do not need a solicitor to make a complaint, but you may wish to "
                    "ask one to read your letter before you send it.</li></ul>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "An honest explanation is sometimes all a family wants. When it isn't "
                        "enough, they should know that another route exists."
                    ),
                    "attribution": "Priya Raman, Senior Associate Solicitor",
                    "source": "",
                },
            ),
            ("heading", {"text": "Where we can help", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>We can help you understand which route, or combination of routes, suits "
                    "your situation. We will also tell you honestly if we do not think a claim "
                    "is likely to succeed, so that you can focus your energy where it will do "
                    "most good. If the events are weighing on you, please remember that your GP "
                    "can help you find emotional support.</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "heading": "Not sure which route to take?",
                    "text": (
                        "Our clinical negligence team can talk through what happened and explain "
                        "your options, without obligation."
                    ),
                    "link_text": "Contact our team",
                    "url": "/contact/",
                },
            ),
        ],
    },
]

STANDARD_PAGES = [
    {
        "title": "Privacy notice",
        "slug": "privacy-notice",
        "intro": "How we use, protect and keep the personal information you send us.",
        "show_in_menus": False,
        "body": [
            (
                "paragraph",
                (
                    "<p>Ashdown Marlowe Solicitors is responsible for the personal information "
                    "you give us when you make an enquiry, whether through our website, by email, "
                    "by telephone or by post. This notice explains, in plain English, what we do "
                    "with that information. If you become a client, we will give you further "
                    "information about how we handle your file.</p>"
                ),
            ),
            ("heading", {"text": "Who reads your enquiry", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Your enquiry is read only by the small team that handles new enquiries "
                    "and by the solicitor it is passed to. We do not share it with anyone else "
                    "in the firm unless that is needed to answer it, and we never sell it or "
                    "share it with other organisations for their own purposes.</p>"
                ),
            ),
            ("heading", {"text": "What we use it for", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>We use the information in your enquiry to:</p>"
                    "<ul><li>reply to you, using the contact method you have chosen;</li>"
                    "<li>check for conflicts of interest, which means making sure we are not "
                    "already acting for someone whose interests are opposed to yours;</li>"
                    "<li>decide, with you, whether and how we may be able to help.</li></ul>"
                    "<p>We do not use enquiries for marketing.</p>"
                ),
            ),
            ("heading", {"text": "Sensitive information", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Because of the work we do, enquiries often contain special category "
                    "data, such as information about your health or your sex life, and "
                    "sometimes information about crimes. We treat this information with extra "
                    "care. We use it only to deal with your enquiry and any possible legal "
                    "claim, and we limit who can see it. Please share only what you are "
                    "comfortable sharing; we can always ask for more later.</p>"
                ),
            ),
            ("heading", {"text": "How long we keep enquiries", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>If you do not go on to instruct us, we delete your enquiry 90 days after "
                    "it is closed, and we never keep it for more than 12 months in total. If you "
                    "do instruct us, your enquiry becomes part of your client file, and we will "
                    "explain how long we keep client files when you instruct us.</p>"
                ),
            ),
            ("heading", {"text": "Keeping your information secure", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Enquiries are stored on secure systems and are encrypted at rest. Access "
                    "is restricted to the people who need it, and our team is trained in "
                    "handling confidential and sensitive information.</p>"
                ),
            ),
            # Email updates (issue 15): what a subscription keeps, and for how long.
            ("heading", {"text": "Email updates", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>If you ask for email updates, we keep your email address, what you "
                    "chose to hear about and how often, and when you agreed to this notice. "
                    "Because a choice of topic, such as child abuse, can say something "
                    "sensitive about you, we encrypt your address and choices, and no email "
                    "subject or preview names a topic or an article. We send nothing until "
                    "you follow the link in our confirmation email, and if you don't, we "
                    "delete your address after a week. Every update has a link to change "
                    "your choices or to unsubscribe; unsubscribing deletes your address and "
                    "choices straight away. We send the emails ourselves, without a mailing "
                    "service, and we never use your address for anything else.</p>"
                ),
            ),
            ("heading", {"text": "Your rights", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>You have the right to:</p>"
                    "<ul><li>ask for a copy of the personal information we hold about you "
                    "(access);</li>"
                    "<li>ask us to correct information that is wrong (rectification);</li>"
                    "<li>ask us to delete your information (erasure);</li>"
                    "<li>object to how we use your information;</li>"
                    "<li>complain to the Information Commissioner's Office if you are unhappy "
                    "with how we have handled your information.</li></ul>"
                    "<p>Some of these rights have limits, and we will explain if one applies. "
                    "We would appreciate the chance to put things right before you contact the "
                    "Information Commissioner's Office, but you do not have to come to us "
                    "first.</p>"
                ),
            ),
            ("heading", {"text": "Contacting our data protection lead", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>If you have any questions about this notice or want to use any of your "
                    "rights, please email our data protection lead at "
                    "privacy@ashdownmarlowe.example, or write to the Data Protection Lead, "
                    "Ashdown Marlowe Solicitors, Fennick House, 12 Ropewalk Yard, Leeds LS2 "
                    "7QX.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Complaints procedure",
        "slug": "complaints",
        "intro": "What to do if you are unhappy with our service, and what happens next.",
        "show_in_menus": False,
        "body": [
            (
                "paragraph",
                (
                    "<p>We aim to give every client a careful and professional service. If "
                    "something has gone wrong, we want to know, so that we can put it right and "
                    "learn from it. Making a complaint will not affect how we handle your "
                    "case.</p>"
                ),
            ),
            ("heading", {"text": "How to complain to us", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Please contact our Client Care Partner, who oversees complaints, in "
                    "whichever way suits you:</p>"
                    "<ul><li>by email to complaints@ashdownmarlowe.example;</li>"
                    "<li>by post to the Client Care Partner, Ashdown Marlowe Solicitors, Fennick "
                    "House, 12 Ropewalk Yard, Leeds LS2 7QX;</li>"
                    "<li>by telephone on 0113 496 0150.</li></ul>"
                    "<p>If your complaint is about the Client Care Partner, another senior "
                    "member of the firm will deal with it. It helps if you can tell us what went "
                    "wrong and what you would like us to do, but do not worry if you are unsure; "
                    "we can talk it through with you.</p>"
                ),
            ),
            ("heading", {"text": "What happens next", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ol><li>We will acknowledge your complaint within 3 working days.</li>"
                    "<li>We will look into it carefully, which may include reviewing your file "
                    "and speaking to the people involved. We may suggest a call or meeting.</li>"
                    "<li>We will send you a full written response within 8 weeks of receiving "
                    "your complaint, explaining what we found and what we will do.</li></ol>"
                    "<p>There is no charge for dealing with a complaint.</p>"
                ),
            ),
            ("heading", {"text": "The Legal Ombudsman", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>If you are not satisfied with our final response, or we have not "
                    "resolved your complaint within 8 weeks, you may be able to ask the Legal "
                    "Ombudsman to look into it. The Legal Ombudsman is independent and its "
                    "service is free.</p>"
                    "<p>You must usually contact the Legal Ombudsman within six months of our "
                    "final response, and generally within one year of the problem happening or "
                    "of when you became aware of it. The Legal Ombudsman decides whether it can "
                    "consider a complaint. You can find the Legal Ombudsman's current contact "
                    "details on its website.</p>"
                ),
            ),
            ("heading", {"text": "The Solicitors Regulation Authority", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>The Legal Ombudsman deals with complaints about service. If you are "
                    "concerned about the professional conduct of anyone at the firm, for example "
                    "dishonesty or discrimination, you can tell the Solicitors Regulation "
                    "Authority, which regulates us. Our SRA number is 712904.</p>"
                ),
            ),
        ],
    },
    {
        "title": "About us",
        "slug": "about-us",
        "intro": "A Leeds firm that listens first and explains the law in plain English.",
        "show_in_menus": True,
        "body": [
            (
                "paragraph",
                (
                    "<p>Ashdown Marlowe Solicitors is a specialist firm based at Fennick House "
                    "in Leeds. We act for people who have been harmed by abuse, by medical care "
                    "that fell short, or by accidents that were not their fault. Many of our "
                    "clients come to us at one of the hardest points in their lives, and we "
                    "never forget that.</p>"
                ),
            ),
            ("heading", {"text": "What we do", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li><b>Abuse claims</b>, especially for adults and young people who "
                    "experienced sexual abuse or exploitation in childhood.</li>"
                    "<li><b>Clinical negligence</b>, including birth injuries and delayed "
                    "diagnosis.</li>"
                    "<li><b>Personal injury</b>, including road traffic collisions and accidents "
                    "at work.</li></ul>"
                ),
            ),
            ("heading", {"text": "How we work", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>We listen before we advise, and we go at your pace. We explain things in "
                    "plain English, tell you honestly about the strengths and weaknesses of your "
                    "case, and never promise an outcome we cannot guarantee. We protect your "
                    "privacy carefully, and we can meet you in person, by video, by telephone "
                    "or at home.</p>"
                    "<p>We are a small team, and we like it that way. You will know who is "
                    "handling your case and how to reach them.</p>"
                ),
            ),
            ("heading", {"text": "Regulation", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Ashdown Marlowe Solicitors is authorised and regulated by the Solicitors "
                    "Regulation Authority, SRA number 712904. The articles on this website are "
                    "general information and are not legal advice about your situation.</p>"
                ),
            ),
        ],
    },
]

CONTACT = {
    "title": "Contact us",
    "slug": "contact",
    "intro": (
        "<p>Tell us a little about what has happened and how you would like us to contact "
        "you. There is no charge and no obligation, and you do not have to describe "
        "anything you are not ready to: you can simply ask us to call you back.</p>"
    ),
    "privacy_summary": (
        "<ul>"
        "<li><b>Who reads it:</b> only the small team that handles enquiries, and the "
        "solicitor you choose if you choose one.</li>"
        "<li><b>What we use it for:</b> to reply to you and to check that we are free to "
        "act for you. We never use it for marketing.</li>"
        "<li><b>How long we keep it:</b> if you do not instruct us, we delete it 90 days "
        "after we close it, and after 12 months at most.</li>"
        "<li><b>Your rights:</b> you can ask to see, correct or delete what you sent us, "
        "and complain to the Information Commissioner's Office.</li>"
        "</ul>"
        "<p>What you send is encrypted when we store it, and our emails about it never "
        "include what you wrote.</p>"
    ),
    "next_steps": (
        "<ol>"
        "<li>A member of our enquiries team reads your enquiry, usually within two working "
        "days.</li>"
        "<li>We contact you in the way you asked, and only in a way you told us is safe.</li>"
        "<li>If we can help, we explain your options and what they might cost, in plain "
        "English. You decide whether to go ahead.</li>"
        "</ol>"
    ),
}


# Launch pages and the firm's legal details (issue 13). Company, VAT and ICO
# numbers are invented, like everything else here.

FIRM_LEGAL_DETAILS = {
    "legal_name": "Ashdown Marlowe LLP",
    "company_number": "OC912904",
    "registered_office": "Fennick House\n12 Ropewalk Yard\nLeeds\nLS2 7QX",
    "vat_number": "GB 912 9040 17",
    "pi_insurer": "Northgate Mutual Professional Insurance Ltd",
    "pi_coverage": "Worldwide, excluding the USA and Canada",
    "opening_hours": "Monday to Friday, 9am to 5.30pm\nCall-backs arranged outside these hours",
}

# Added to the privacy notice, after its introduction: who the controller is and
# what the law allows us to rely on.
PRIVACY_NOTICE_LEGAL_SECTIONS = [
    ("heading", {"text": "Who is responsible for your information", "level": "h2"}),
    (
        "paragraph",
        (
            "<p>The controller of your personal information is Ashdown Marlowe LLP, trading "
            "as Ashdown Marlowe Solicitors, Fennick House, 12 Ropewalk Yard, Leeds LS2 7QX. "
            "We are registered with the Information Commissioner's Office (ICO) as a data "
            "controller, registration number ZB912904.</p>"
        ),
    ),
    ("heading", {"text": "The law we rely on", "level": "h2"}),
    (
        "paragraph",
        (
            "<ul><li><b>Replying to your enquiry:</b> you have asked us to consider acting "
            "for you, so we use your information to take steps before we might enter into a "
            "contract with you (UK GDPR Article 6(1)(b)).</li>"
            "<li><b>Checking for conflicts of interest and keeping records:</b> our legal "
            "obligations as a regulated firm (Article 6(1)(c)) and our legitimate interest in "
            "running a safe practice (Article 6(1)(f)).</li>"
            "<li><b>Health, sex life and other special category information:</b> it is "
            "necessary to establish, exercise or defend legal claims (Article 9(2)(f)).</li>"
            "<li><b>Information about crimes</b> (for example, abuse you suffered or "
            "allegations made): the Data Protection Act 2018, Schedule 1, paragraph 33 "
            "(legal claims and legal advice).</li></ul>"
        ),
    ),
]

LAUNCH_PAGES = [
    {
        "title": "Accessibility statement",
        "slug": "accessibility",
        "intro": (
            "How accessible this website is, how we check, and how to tell us about a problem."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>We want everyone to be able to use this website, including people who "
                    "use a screen reader, a keyboard, voice control or magnification. We aim "
                    "to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level "
                    "AA.</p>"
                ),
            ),
            ("heading", {"text": "How we check", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Automated tests run in a real browser every time the website's code "
                    "changes. They check that:</p>"
                    "<ul><li>every type of page (the home page, News &amp; Blog, categories, "
                    "archives, articles, our people, profiles, the contact form with and "
                    "without errors, search and the page-not-found page) passes the axe "
                    "accessibility checker's WCAG 2.2 A and AA rules with no failures;</li>"
                    "<li>every page has one main heading and a link to skip to its main "
                    "content;</li>"
                    "<li>you can use the site with a keyboard alone, and you can always see "
                    "where you are;</li>"
                    "<li>nothing scrolls sideways on a screen 320 pixels wide or when the "
                    "text is zoomed to 200%;</li>"
                    "<li>the site works with JavaScript turned off: menus, search and the "
                    "contact form need none;</li>"
                    "<li>form errors are announced and tied to the field they are "
                    "about.</li></ul>"
                ),
            ),
            ("heading", {"text": "What we know is not perfect", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>Automated checks find many problems but not all of them. We have "
                    "not yet had the site audited by disabled people or an accessibility "
                    "specialist; we plan to.</li>"
                    "<li>Documents some articles link to, such as reports by other "
                    "organisations, are not ours and may not be accessible. Tell us and we "
                    "will try to give you the information another way.</li>"
                    "<li>The Solicitors Regulation Authority's badge in the footer is provided "
                    "by the SRA's supplier and we cannot change it. The link beside it leads "
                    "to the same information on the SRA's register.</li></ul>"
                ),
            ),
            ("heading", {"text": "Tell us about a problem", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>If you find something hard to use, or you need information in a "
                    "different format (large print, audio, easy read or a phone call instead "
                    "of a form), call us on 0113 496 0150 or email "
                    "enquiries@ashdownmarlowe.example. We will reply within five working "
                    "days.</p>"
                    "<p>This statement was prepared on 1 December 2026 and is reviewed every "
                    "time we change the website's design.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Cookies",
        "slug": "cookies",
        "intro": (
            "This website sets only the cookies it needs to work. It has no analytics, "
            "advertising or tracking cookies."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Cookies are small files a website stores in your browser. Because "
                    "these are strictly necessary, the law does not require us to ask first, "
                    "but you should know what they are. Reading articles sets no cookie at "
                    "all.</p>"
                ),
            ),
            ("heading", {"text": "The cookies we set", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li><b>csrftoken</b>: set when you open the contact form. It proves "
                    "that a form sent to us came from our own page, which protects you "
                    "against other websites sending forms in your name. It holds a random "
                    "code, nothing about you, and is deleted when you close your browser.</li>"
                    "<li><b>sessionid</b>: set when you send an enquiry, so the next page can "
                    "show you your reference number without putting it in the web address. "
                    "It holds a random code; it ends after an hour without use.</li></ul>"
                ),
            ),
            ("heading", {"text": "Cookies for our staff only", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>When our staff sign in to manage the website, it also uses "
                    "<b>sessionid</b> to keep them signed in, <b>messages</b> to show a "
                    "message once (such as \u201cArticle published\u201d), and "
                    "<b>wagtail_sidebar_collapsed</b> to remember whether the menu is "
                    "folded. Visitors never receive these.</p>"
                ),
            ),
            ("heading", {"text": "Other websites", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>If we show the Solicitors Regulation Authority's badge, it is loaded "
                    "from the SRA's supplier, which may set its own cookies; see the SRA's "
                    "website. Share links take you to other websites only when you choose to "
                    "use them. You can remove cookies at any time in your browser's "
                    "settings.</p>"
                ),
            ),
        ],
    },
]


# A newsroom's variety (issue 13): reactions to named public reports and
# judgments (the facts in our own words), a short firm news item (scheduled), a
# long guide, a reader question; one reviewed, one with a document link, a quote
# with its source and an image with a credit.

CHECKLIST_DOCUMENT = {
    "title": "Checklist: what to gather before you talk to a solicitor",
    "lines": [
        "You do not need any of this to get in touch. It simply helps later on.",
        "",
        "1. Dates and places you remember, even roughly (a school, a home, a club).",
        "2. Names of anyone you told at the time, or since.",
        "3. Any police crime reference number, and the officer's name if you have it.",
        "4. Letters from the police, the Crown Prosecution Service or a court.",
        "5. Your GP's name and address, and any counsellor or therapist you have seen.",
        "6. Any letters about benefits, time off work or changes of job.",
        "7. Anything you have written down about what happened and how it affects you.",
        "",
        "Keep these somewhere safe and private. If someone else reads your post or",
        "uses your devices, tell us and we will agree a safe way to contact you.",
        "",
        "Ashdown Marlowe Solicitors - general information, not legal advice.",
    ],
}

# The one image the firm did not make: it needs a credit.
CREDITED_IMAGE = {
    "title": "Illustration: library reading room (licensed)",
    "illustration": "library",
    "credit": "Illustration: Maya Ferris / Northlight Studio, used under licence",
}

NEWSROOM_ARTICLES = [
    {
        "slug": "iicsa-final-report-what-it-means-for-survivors",
        "title": "The child sexual abuse inquiry's final report: what it means for survivors",
        "published": "2022-10-24T09:00",
        "authors": ["eleanor-whitcombe"],
        "categories": ["child-abuse"],
        "reviewed_by": "Priya Raman",
        "reviewed_at": "2022-10-24",
        "excerpt": (
            "After seven years, the Independent Inquiry into Child Sexual Abuse published "
            "its final report on 20 October 2022. We look at the recommendations that matter "
            "most to people thinking about a claim."
        ),
        "image": {"motif": "pages", "palette": ["#4d5b7c", "#b9c2d8", "#f1f2f6"]},
        "image_alt": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>The Independent Inquiry into Child Sexual Abuse, chaired by Professor "
                    "Alexis Jay, published its final report on 20 October 2022. It drew on "
                    "seven years of public hearings, investigations into institutions from "
                    "churches and schools to local authorities, and the accounts of thousands "
                    "of victims and survivors who spoke to the inquiry's Truth Project.</p>"
                    "<p>The report makes 20 recommendations to government and other bodies. "
                    "This article summarises, in our own words, the ones most likely to affect "
                    "people who are thinking about a civil claim. It is general information, "
                    "not legal advice, and it describes recommendations: none of them changes "
                    "the law until Parliament or the government acts on it.</p>"
                ),
            ),
            ("heading", {"text": "Time limits for civil claims", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Today, a claim for personal injury usually has to be brought within "
                    "three years. For abuse in childhood, that period starts at the person's "
                    "eighteenth birthday, and a court can allow a claim to go ahead later if it "
                    "would be fair to do so. In practice, many survivors do not feel able to "
                    "speak about what happened until much later in life, and arguments about "
                    "time limits can add to the strain of a claim.</p>"
                    "<p>The inquiry recommended removing the three-year limitation period for "
                    "personal injury claims brought by victims and survivors of child sexual "
                    "abuse, while keeping a defendant's right to a fair hearing. It also "
                    "recommended that the burden should fall on the defendant to show that a "
                    "fair trial is no longer possible, rather than on the survivor to show why "
                    "the claim is late.</p>"
                ),
            ),
            ("heading", {"text": "A national redress scheme", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>The report recommended a single redress scheme for England and Wales, "
                    "offering financial payments to people who were sexually abused as children "
                    "by someone connected with an institution, such as a school, a children's "
                    "home or a religious organisation. A scheme of this kind is meant to be "
                    "simpler and less adversarial than going to court.</p>"
                    "<p>If a scheme is set up, people will need to know how it sits alongside "
                    "a civil claim and the Criminal Injuries Compensation Scheme, and whether "
                    "accepting one payment affects another. We will explain that when the "
                    "details are known.</p>"
                ),
            ),
            (
                "image",
                {
                    "image": "credited",
                    "alt_text": "Illustration of shelves of bound reports in a quiet reading room",
                    "caption": "The inquiry published its reports over seven years.",
                },
            ),
            ("heading", {"text": "Mandatory reporting and a new authority", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Two further recommendations stand out. The first is a legal duty on "
                    "people working with children, and in some other roles, to report child "
                    "sexual abuse when they are told about it, see it or see signs of it. The "
                    "second is a Child Protection Authority for England and for Wales, to "
                    "improve practice and to check that the inquiry's recommendations are "
                    "carried through.</p>"
                    "<p>Neither changes what has already happened to anyone. But survivors "
                    "often tell us that what they most want is to know that it will not happen "
                    "to someone else, and these are the recommendations aimed at that.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "The report matters because it was written from what survivors told "
                        "the inquiry. The test now is whether its recommendations are made "
                        "law, and how quickly."
                    ),
                    "attribution": "Eleanor Whitcombe, Partner",
                    "source": "Speaking at our survivors' advisory panel, 21 October 2022",
                },
            ),
            ("heading", {"text": "What to do now", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Nobody needs to wait for the law to change before asking for advice. "
                    "The courts can already allow late claims in the right cases, and the "
                    "sooner a claim is looked at, the easier it usually is to find records and "
                    "witnesses. If you would like to talk about your own situation, you can "
                    "contact us in confidence, at your own pace.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "armes-v-nottinghamshire-foster-care-and-responsibility",
        "title": (
            "Armes v Nottinghamshire: why a council was held responsible for abuse in foster care"
        ),
        "published": "2024-06-11T10:00",
        "authors": ["priya-raman"],
        "categories": ["child-abuse"],
        "excerpt": (
            "The Supreme Court's 2017 judgment in Armes v Nottinghamshire County Council is "
            "still one of the most important decisions for people abused in care. Here is "
            "what it decided, in plain English."
        ),
        "image": {"motif": "columns", "palette": ["#6b5a4a", "#d8c8b4", "#f6f1ea"]},
        "image_alt": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>In October 2017 the Supreme Court gave judgment in <i>Armes v "
                    "Nottinghamshire County Council</i> [2017] UKSC 60. The claimant had been "
                    "abused as a child by foster carers with whom the council had placed her. "
                    "The question was whether the council was legally responsible for harm "
                    "done by the carers, even though the council itself had not been found "
                    "careless in choosing or supervising them.</p>"
                ),
            ),
            ("heading", {"text": "What the court decided", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>By a majority of four to one, the court held that the council was "
                    "vicariously liable for the abuse. Vicarious liability means that one "
                    "person or organisation is held responsible for wrongs committed by "
                    "another, usually because of the close relationship between them, as "
                    "between an employer and an employee.</p>"
                    "<p>Foster carers are not employees. But the majority decided that the "
                    "relationship was close enough: the council recruited, trained, approved "
                    "and paid the carers, placed the child with them and kept oversight of the "
                    "placement, and the carers looked after the child as part of the council's "
                    "own work of caring for children in its care. Fairness, the court said, "
                    "pointed towards the council rather than the child bearing the loss.</p>"
                    "<p>The court also considered a separate argument, that the council had a "
                    "duty that could not be handed to anyone else, and rejected it. The "
                    "council's responsibility came from vicarious liability alone.</p>"
                ),
            ),
            ("heading", {"text": "Why it still matters", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>People abused in local authority foster care may have a claim "
                    "against the council, not only against the carers, who may have no means "
                    "to pay compensation.</li>"
                    "<li>The judgment applies the courts' general test for vicarious liability "
                    "to a relationship outside employment, which has been relied on in other "
                    "kinds of case since.</li>"
                    "<li>It does not decide every case: the court indicated that a placement "
                    "with the child's own parents or relatives may be different.</li></ul>"
                    "<p>If you were in foster care as a child and something happened to you, "
                    "you are welcome to talk to us in confidence about whether this judgment "
                    "could apply.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "new-evening-appointments",
        "title": "Evening appointments at our Leeds office from January",
        "published": "2027-01-05T09:00",
        "scheduled": True,
        "authors": ["tom-hendry"],
        "categories": ["firm-news"],
        "excerpt": (
            "From January, our abuse claims team will see people until 8pm on Tuesdays and "
            "Thursdays, in person or by video."
        ),
        "image": {"motif": "dawn", "palette": ["#3f4e73", "#e0b787", "#f7efe3"]},
        "image_alt": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>Many of the people who contact us work during the day, care for "
                    "children or relatives, or simply find it easier to talk once the day is "
                    "done. From January, our abuse claims team will offer appointments until "
                    "8pm every Tuesday and Thursday.</p>"
                    "<p>Evening appointments can be at our office at Fennick House, by video "
                    "or by telephone. The building's side entrance on Ropewalk Yard is step "
                    "free, and the waiting area is private: you will not sit in a shared "
                    "reception.</p>"
                    "<p>We are making the change because of what people have told us. In our "
                    "survey of clients last year, more than half said the hardest part of "
                    "getting in touch was finding a private hour in the working day, and "
                    "several said they had put off calling for months because of it. Evening "
                    "appointments will be with the same solicitors who see people during the "
                    "day, not a separate out-of-hours service, so you can keep seeing the "
                    "person you first spoke to.</p>"
                    "<p>Our telephone line will also be answered until 8pm on those evenings, "
                    "and if you leave a message at any other time we will call back at the "
                    "time you ask for, and only on the number you give us.</p>"
                    "<p>As with any first conversation, there is no charge and no obligation. "
                    "To book, call us or use the confidential enquiry form and mention that "
                    "an evening suits you best. If you need someone with you for support, "
                    "they are welcome too.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "reader-question-can-i-claim-if-my-abuser-has-died",
        "title": "Reader question: can I still claim if the person who abused me has died?",
        "published": "2026-11-17T09:30",
        "authors": ["daniel-okafor"],
        "categories": ["child-abuse"],
        "excerpt": (
            "A reader asks whether the death of the man who abused her as a child means she "
            "can no longer do anything. Often it does not."
        ),
        "image": {"motif": "paths", "palette": ["#50685c", "#bcd0c2", "#f0f4f1"]},
        "image_alt": "",
        "body": [
            (
                "quote",
                {
                    "quote": (
                        "The man who abused me when I was eleven died last year. I never "
                        "reported it. Is it too late to do anything now?"
                    ),
                    "attribution": "A reader, who asked us not to use her name",
                    "source": "Sent through our confidential enquiry form",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Thank you for writing to us, and we are sorry for what happened to you. "
                    "The short answer is that his death does not necessarily end your options, "
                    "and that reporting at the time is not a condition of a claim. What is "
                    "possible depends on your circumstances, so this is general information "
                    "rather than advice.</p>"
                ),
            ),
            ("heading", {"text": "A claim against an organisation", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>If the abuse happened through an organisation, for example a school, a "
                    "sports club, a church or a children's home where he worked or "
                    "volunteered, a claim may be possible against that organisation. "
                    "Organisations can be responsible for abuse by the people they employ, and "
                    "sometimes by people in a relationship close to employment. Many "
                    "organisations have insurance for this.</p>"
                ),
            ),
            ("heading", {"text": "A claim against his estate", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>A claim can sometimes be brought against the estate of someone who has "
                    "died, meaning the money and property he left. Whether that is worth doing "
                    "depends on what the estate holds and whether it has already been shared "
                    "out, so it helps to act sooner rather than later.</p>"
                ),
            ),
            ("heading", {"text": "Criminal injuries compensation", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>The Criminal Injuries Compensation Scheme can make awards to victims "
                    "of violent crime, including sexual abuse, even where nobody was ever "
                    "charged or convicted. It has its own rules, including about time limits "
                    "and reporting to the police, and there are exceptions for abuse in "
                    "childhood.</p>"
                    "<p>Whatever you decide, you can talk to us in confidence without "
                    "committing to anything. You do not have to describe what happened until "
                    "you are ready.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "guide-to-time-limits-in-abuse-claims",
        "title": "A guide to time limits in abuse claims",
        "published": "2026-10-06T09:00",
        "authors": ["eleanor-whitcombe", "daniel-okafor"],
        "categories": ["child-abuse", "abuse-in-schools"],
        "excerpt": (
            "People are often told it is too late to claim for abuse in childhood. The law is "
            "more flexible than that. This guide explains the time limits, the exceptions and "
            "what helps a late claim."
        ),
        "image": {"motif": "arches", "palette": ["#5a4a6b", "#cdbfd9", "#f4f0f7"]},
        "image_alt": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>One of the first things people ask us is whether it is too late. Many "
                    "have been told, by a friend, online or even by another firm, that claims "
                    "for abuse must be made within a few years. That is not the whole picture. "
                    "This guide explains how time limits work in civil claims for abuse in "
                    "England and Wales, the exceptions to them, and what makes a difference "
                    "when a claim is brought late. It is general information, not legal "
                    "advice: please talk to a solicitor about your own situation.</p>"
                ),
            ),
            ("heading", {"text": "The basic rule", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Time limits for civil claims are set by the Limitation Act 1980. For a "
                    "claim for personal injury, which includes psychological injury caused by "
                    "abuse, the usual limit is three years. The three years run from the date "
                    "of the injury or, if later, the date the person knew they had a "
                    "significant injury and what caused it.</p>"
                    "<p>For anyone injured as a child, the clock does not start until their "
                    "eighteenth birthday. So the starting point for someone abused in "
                    "childhood is that a claim should be started before they turn twenty-one. "
                    "Most survivors are older than that when they first feel able to speak "
                    "about what happened, which is why the exceptions matter so much.</p>"
                ),
            ),
            ("heading", {"text": "The court's power to allow a late claim", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Section 33 of the Limitation Act gives the court power to let a "
                    "personal injury claim go ahead after the three years have passed, if it "
                    "would be fair to do so. The court weighs the prejudice to the survivor of "
                    "not being allowed to claim against the prejudice to the defendant of "
                    "having to defend a claim about events long ago.</p>"
                    "<p>The Act lists matters the court must consider, including:</p>"
                    "<ul><li>how long the delay has been, and the reasons for it;</li>"
                    "<li>how far the delay has affected the evidence, for example whether "
                    "witnesses have died or records have been destroyed;</li>"
                    "<li>how the defendant has behaved since the claim arose;</li>"
                    "<li>how promptly the survivor acted once they knew they might have a "
                    "claim;</li>"
                    "<li>what steps they took to get medical, legal or other advice.</li></ul>"
                ),
            ),
            ("heading", {"text": "Why survivors delay, and why courts understand", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>The courts have accepted many times that the effects of abuse can "
                    "themselves explain a long delay: shame, self-blame, fear of not being "
                    "believed, loyalty to family, or the abuser's continuing influence. A "
                    "survivor is not expected to have come forward sooner simply because they "
                    "could, in theory, have done so. Evidence from a psychiatrist or "
                    "psychologist about why it was not possible to speak earlier often plays "
                    "an important part.</p>"
                    "<p>What usually decides a late claim is whether a fair trial is still "
                    "possible. That depends on the evidence available today, not on how much "
                    "time has passed in the abstract. A claim about events thirty years ago "
                    "can go ahead where there are records and witnesses; a more recent one "
                    "may struggle where there are none.</p>"
                ),
            ),
            ("heading", {"text": "What helps a late claim", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li><b>Records.</b> School registers, care files, police reports, "
                    "GP notes and employment records can all help to show what happened and "
                    "when. Some are kept for many decades; others are destroyed, so looking "
                    "early helps.</li>"
                    "<li><b>A criminal conviction.</b> If the abuser was convicted, the "
                    "conviction can be relied on as evidence in a civil claim, which removes "
                    "much of the difficulty of proving events long ago.</li>"
                    "<li><b>Other survivors.</b> Evidence that the same person abused others in "
                    "a similar way can support a claim, and several claims about the same "
                    "institution are often brought together.</li>"
                    "<li><b>Acting promptly once you are ready.</b> The court looks at how "
                    "quickly someone acted once they were able to. Getting advice soon after "
                    "deciding to take things forward helps.</li></ul>"
                    '<p>Our <a linktype="document" id="CHECKLIST_DOCUMENT_ID">checklist of '
                    "what to gather (PDF, one page)</a> lists documents that can help. You do "
                    "not need any of them to get in touch.</p>"
                ),
            ),
            ("heading", {"text": "Other routes with other time limits", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Civil claims are not the only route. The Criminal Injuries "
                    "Compensation Scheme has its own time limits, usually two years from the "
                    "incident, with exceptions for people who were children at the time, and "
                    "it generally expects the crime to have been reported to the police. "
                    "Institutions may also run their own redress or apology schemes, each "
                    "with its own rules.</p>"
                    "<p>Reporting to the police has no time limit. Whether to report is "
                    "entirely your choice, and a civil claim does not require a criminal "
                    "prosecution.</p>"
                ),
            ),
            ("heading", {"text": "Could the law change?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>In its final report in October 2022, the Independent Inquiry into "
                    "Child Sexual Abuse recommended removing the three-year limit for personal "
                    "injury claims by victims and survivors of child sexual abuse, and putting "
                    "the burden on the defendant to show that a fair trial is no longer "
                    "possible. Scotland removed its equivalent time limit for childhood abuse "
                    "claims in 2017. Until the law in England and Wales changes, the rules "
                    "described above apply, and a claim that is looked at now does not lose "
                    "anything if the law later becomes more generous.</p>"
                ),
            ),
            ("heading", {"text": "In short", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>The usual limit is three years, starting at eighteen for abuse in "
                    "childhood.</li>"
                    "<li>The court can allow a late claim where it is fair, and the effects of "
                    "abuse can explain delay.</li>"
                    "<li>What matters most is whether a fair trial is still possible on the "
                    "evidence available now.</li>"
                    "<li>It is always worth asking. A first conversation with us is free, "
                    "confidential and at your pace.</li></ul>"
                ),
            ),
        ],
    },
]


# --- Enquiries (contact app): its own areas of law and settings ----------------

ENQUIRY_SETTINGS = {
    "intake_email": "intake@ashdownmarlowe.example",
    "response_target_working_days": 2,
}

# Offered on the enquiry form, in this order; "department" is a DEPARTMENTS slug.
AREAS_OF_LAW = [
    {"name": "Child Abuse", "department": "abuse-claims"},
    {"name": "Clinical Negligence", "department": "clinical-negligence"},
    {"name": "Personal Injury", "department": "personal-injury"},
]

# "Cover your tracks online", linked beside "Exit this page" (COVER_TRACKS_URL).
COVER_YOUR_TRACKS = {
    "title": "Cover your tracks online",
    "slug": "cover-your-tracks",
    "intro": "How to leave less trace of your visit on a phone or computer someone else can see.",
    "show_in_menus": False,
    "body": [
        (
            "paragraph",
            (
                "<p>If someone else uses your phone, tablet or computer, they may be able to "
                "see which websites you have visited. These steps make that harder. None of "
                "them is perfect, so if you can, use a device that only you use, or one at a "
                "library or a friend's home.</p>"
            ),
        ),
        ("heading", {"text": "Use a private window", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>A private (or incognito) window keeps no history of the pages you open in "
                "it once you close it. In most browsers, open the menu and choose “New private "
                "window” or “New incognito window”.</p>"
            ),
        ),
        ("heading", {"text": "Clear your history", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>In your browser's settings, look for “History” or “Privacy” and choose to "
                "delete the pages you do not want others to see. Deleting everything can "
                "itself look unusual, so you may prefer to remove only this website's "
                "pages.</p>"
            ),
        ),
        ("heading", {"text": "Shared devices and accounts", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Sign out of email and other accounts when you finish, and remember that "
                "a phone call or email from us might be seen by others: on our form you can "
                "tell us which ways of contacting you are safe. The “Exit this page” button "
                "takes you straight to a weather page and clears what this website stored "
                "about your visit.</p>"
            ),
        ),
    ],
}

# Named support services (a snippet in the base), shown on sensitive pages. Real
# services, so real numbers; no links (the demo links only to example.org).
SUPPORT_SERVICES = [
    {
        "name": "NAPAC",
        "phone": "0808 801 0331",
        "description": "Support for adults who were abused as children, by phone and email.",
    },
    {
        "name": "Samaritans",
        "phone": "116 123",
        "description": "Someone to talk to, any time of day or night, about anything.",
    },
    {
        "name": "NSPCC",
        "phone": "0808 800 5000",
        "description": "Advice for adults worried about a child, or about abuse in the past.",
    },
    {
        "name": "Rape Crisis",
        "phone": "0808 500 2222",
        "description": "A 24-hour support line for anyone affected by sexual violence or abuse.",
    },
]
