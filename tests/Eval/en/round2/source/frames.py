"""Sentence frames for round 2, by family, written by hand (blind: from how people ask, not from any model).

{X} is the place as said in a sentence ("the netherlands"), {B} the same without a leading "the" (for the terse
forms), {P} the possessive ("japan's"; a name ending in "s" is not used with it), {N} the number of capitals as a
word. A frame given as (frame, "en-GB en-AU") is said only in those locales."""

# family: (number of lines, frames)
FAMILIES = {
    "direct-question": (50, [
        "what is the capital of {X}", "what's the capital city of {X}", "what is the capital city of {X}",
        "which city is the capital of {X}", "what city is the capital of {X}", "where is the capital of {X}",
        "which is the capital of {X}", "what is the name of the capital of {X}",
        "what city serves as the capital of {X}",
        "what is the national capital of {X}", "which town is the capital of {X}", "where's the capital of {X}",
        "what's the seat of government of {X}",
    ]),
    "contraction": (40, [
        "what's the capital of {X}", "whats the capital of {X}", "whats the capital city of {X}",
        "what's {X} got as a capital", "who's the capital of {X}", "what's {X} capital called",
        "which city's the capital of {X}", "where's {X} capital", "what's the capital of {X} then", "what'd be the capital of {X}", "what's the capital of {X} again",
    ]),
    "possessive": (45, [
        "what is {P} capital", "what's {P} capital city", "tell me {P} capital", "do you know {P} capital",
        "what city is {P} capital", "which city is {P} capital", "{P} capital is what", "{P} capital city please",
        "what is {P} capital called", "name {P} capital", "i want {P} capital", "what's {P} capital",
        "can you tell me {P} capital city", "whats {P} capital", "{P} capital",
    ]),
    "plural-capitals": (30, [
        "what are the capitals of {X}", "which cities are the capitals of {X}", "what are {P} capitals",
        "how many capitals does {X} have", "does {X} have more than one capital", "list the capitals of {X}",
        "name all the capitals of {X}", "tell me all the capitals of {X}", "what are all of {P} capital cities",
        "what are the capital cities of {X}", "give me the capitals of {X}", "{X} has more than one capital right",
        "why does {X} have more than one capital", "which capitals does {X} have",
    ]),
    "counted-capitals": (20, [
        "what are the {N} capitals of {X}", "what are {P} {N} capitals", "{X} has {N} capitals what are they",
        "name the {N} capitals of {X}", "which {N} cities are the capitals of {X}", "tell me the {N} capitals of {X}",
        "what are the {N} capital cities of {X}", "i heard {X} has {N} capitals which ones",
    ]),
    "indirect-embedded": (50, [
        "do you happen to know the capital of {X}", "do you know what the capital of {X} is",
        "i was wondering what the capital of {X} is", "could you tell me what the capital of {X} is",
        "i'd like to know what the capital of {X} is", "any idea what the capital of {X} is",
        "i need to know the capital of {X}", "i want to find out the capital of {X}",
        "would you know the capital of {X}", "i wonder what the capital of {X} is", "do you know which city is the capital of {X}",
        "can you remind me what the capital of {X} is", "i forgot what the capital of {X} is",
        "i can't remember the capital of {X}", "help me remember the capital of {X}", "what would the capital of {X} be",
        "my son wants to know the capital of {X}", "we're trying to figure out the capital of {X}",
        "i'm curious what the capital of {X} is", "does anyone know the capital of {X}",
        "is there any chance you know the capital of {X}", "what do you reckon the capital of {X} is",
        ("i'd be keen to know the capital of {X}", "en-AU en-GB"),
    ]),
    "polite-request": (45, [
        "could you please tell me the capital of {X}", "please tell me the capital of {X}",
        "would you mind telling me the capital of {X}", "can you tell me the capital of {X} please",
        "may i know the capital of {X}", "may i please have the capital of {X}", "would you please tell me the capital of {X}",
        "tell me the capital of {X} please", "please what is the capital of {X}", "can i get the capital of {X} please",
        "could i ask what the capital of {X} is", "sorry could you tell me the capital of {X}",
        "excuse me what's the capital of {X}", "if you don't mind what's the capital of {X}",
        ("could you kindly tell me the capital of {X}", "en-IN en-GB"),
        ("please let me know the capital of {X}", "en-IN"), ("can i have the capital of {X} please", "en-GB en-AU"),
        "i'd appreciate it if you told me the capital of {X}",
    ]),
    "imperative": (40, [
        "tell me the capital of {X}", "give me the capital of {X}", "say the capital of {X}",
        "name the capital of {X}", "look up the capital of {X}", "find the capital of {X}",
        "search for the capital of {X}", "check the capital of {X}", "tell me what the capital of {X} is",
        "read me the capital of {X}", "get me the capital of {X}", "quickly tell me the capital of {X}",
        "remind me of the capital of {X}", "tell us the capital of {X}", "just tell me the capital of {X}",
        "let me know the capital of {X}", "give me the capital city for {X}",
    ]),
    "leading-filler": (45, [
        "um what's the capital of {X}", "uh what is the capital of {X}", "so what is the capital of {X}",
        "okay what's the capital of {X}", "hey what's the capital of {X}", "alright what's the capital of {X}",
        "well what is the capital of {X}", "right so what's the capital of {X}", "quick question what's the capital of {X}",
        "hmm what's the capital of {X}", "oh what's the capital of {X}", "yeah what is the capital of {X}",
        "okay so um what is the capital of {X}", "erm what's the capital of {X}", "actually what's the capital of {X}",
        "hi there what's the capital of {X}", "now what is the capital of {X}", "ok next one capital of {X}",
        "one more what's the capital of {X}", "question for you what's the capital of {X}",
        ("oi what's the capital of {X}", "en-AU en-GB"), ("yaar what is the capital of {X}", "en-IN"),
        ("hey buddy what's the capital of {X}", "en-US en-CA"), ("listen what's the capital of {X}", "en-GB en-IN"),
    ]),
    "trailing-words": (45, [
        "what's the capital of {X} please", "what is the capital of {X} again", "what's the capital of {X} called",
        "what is the capital of {X} thanks", "what's the capital of {X} thank you", "what's the capital of {X} exactly",
        "what is the capital of {X} now", "what is the capital of {X} today", "what's the capital of {X} these days",
        "what's the capital of {X} anyway", "what is the capital of {X} do you know", "what's the capital of {X} by the way",
        "what is the capital of {X} right now", "what's the capital of {X} currently", "what's the capital of {X} i forgot",
        "what's the capital of {X} if you know", "what's the capital of {X} real quick",
        ("what's the capital of {X} mate", "en-AU en-GB"), ("what's the capital of {X} eh", "en-CA"),
        ("what is the capital of {X} yaar", "en-IN"), ("what's the capital of {X} cheers", "en-GB en-AU"),
    ]),
    "other-preposition": (30, [
        "what's the capital for {X}", "what is the capital in {X}", "what's the capital city in {X}",
        "tell me the capital for {X}", "which city is capital in {X}", "capital city for {X}",
        "what is the capital to {X}", "what's the capital from {X}", "what's {X} using as a capital",
        "the capital for {X} is what", "what city is the capital over in {X}",
    ]),
    "word-order-inverted": (35, [
        "the capital of {X} is what", "the capital of {X} is which city", "{X} what's the capital",
        "{X} what is the capital city", "{X} which city is the capital", "in {X} what is the capital",
        "for {X} what's the capital", "{X} capital is what", "{X} capital city is", "{X} the capital is",
        "speaking of {X} what's its capital", "{X} its capital is what", "about {X} what is the capital",
        "{X} do you know its capital", "{X} tell me its capital",
    ]),
    "terse": (50, [
        "capital {B}", "{B} capital", "capital of {B}", "capital of {X} tell me", "capital city {B} please",
        "{B} capital city", "capital city of {X}", "capital {B} please", "{B} capital please", "capital of {B} please",
        "{X} what's the capital", "{B} capital city name", "capital {B} what", "{B} capital quick", "capital city {B}",
        "{B} the capital", "capital name {B}", "{B} capital tell me",
    ]),
    "follow-up": (40, [
        "and {X}", "what about {X}", "how about {X}", "and the capital of {X}", "what about the capital of {X}",
        "how about {P} capital", "and {P} capital", "and for {X}", "now {X}", "next {X}", "okay and {X}",
        "and what about {X}", "same for {X}", "and then {X}", "and {X} please", "what about for {X}",
        "and how about {X}", "alright now do {X}", "and what's {P} capital", "now do {X}",
    ]),
    "disfluency": (35, [
        "what's the capital of of {X}", "what's the the capital of {X}", "what is what is the capital of {X}",
        "what's the capital of uh {X}", "what is the capital of um {X}", "what's the capital city of er {X}",
        "what's the capital no wait what's the capital of {X}", "what is the capital of {X} {B}",
        "what's the what's the capital of {X}", "the capital of sorry the capital of {X}",
        "what's the capital city i mean the capital of {X}", "what is uh the capital of {X}",
        "tell me the um capital of {X}", "what's the capital of let me think {X}",
        "um um what's the capital of {X}", "what is the cap the capital of {X}", "capital of capital of {X}",
    ]),
    "dropped-words": (30, [
        "what capital of {X}", "what the capital of {X}", "what is capital of {X}", "what's capital of {X}",
        "which capital {X}", "what capital {X}", "tell capital of {X}", "what is capital {B}",
        "capital of {X} is", "what's capital city {B}", "which the capital of {X}", "what capital city of {X}",
        ("what is capital of {X} country", "en-IN"), ("tell me capital of {X}", "en-IN"),
        "what's {X} capital city", "what city is {X} capital", "whats {X} capital", "what's the name of {X} capital",
    ]),
    "regional-idiom": (40, [
        ("g'day what's the capital of {X}", "en-AU"), ("hey mate what's the capital of {X}", "en-AU"),
        ("what's the capital of {X} reckon you know", "en-AU"), ("give us the capital of {X}", "en-AU en-GB"),
        ("have you got the capital of {X}", "en-GB"), ("go on then what's the capital of {X}", "en-GB"),
        ("what's the capital of {X} love", "en-GB"), ("right then what's the capital of {X}", "en-GB"),
        ("sorry to bother you what's the capital of {X} eh", "en-CA"), ("so what's the capital of {X} eh", "en-CA"),
        ("hey there what's the capital of {X} bud", "en-CA"), ("what would be the capital of {X} eh", "en-CA"),
        ("please tell what is the capital of {X}", "en-IN"), ("kindly tell the capital of {X}", "en-IN"),
        ("what is the capital of {X} only", "en-IN"), ("i want to know {P} capital please tell", "en-IN"),
        ("tell me {X} capital name", "en-IN"), ("what's the capital of {X} y'all", "en-US"),
        ("yo what's the capital of {X}", "en-US"), ("hey so like what's the capital of {X}", "en-US"),
        ("could you fill me in on the capital of {X}", "en-US en-CA"),
    ]),
}

# Subdivisions asked about with the word for their kind: {K} the noun ("state", "province", "territory", "country"),
# {A} the adjective ("state", "provincial", "territorial").
KIND_FAMILY = ("subdivision-kind", 30, [
    "what's the {A} capital of {X}", "what is the capital of the {K} of {X}", "what is {P} {A} capital",
    "{B} {A} capital", "what's the capital of {X} {K}", "capital of the {K} of {X}", "what's the {A} capital for {X}",
    "which city is the capital of the {K} of {X}", "tell me the {A} capital of {X}", "what city is the {A} capital of {X}",
    ("what is the {A} capital of {X} please tell", "en-IN"), ("what's the {A} capital of {X} eh", "en-CA"),
])

# Names of the other families, filled from their own pools with frames of the families above.
OFFICIAL_FAMILY = ("official-long-name", 40, ["direct-question", "indirect-embedded", "polite-request", "imperative"])
EVERYDAY_FAMILY = ("everyday-short-name", 35, ["direct-question", "contraction", "polite-request", "terse", "trailing-words"])
SHARED_FAMILY = ("shared-name", 40, ["direct-question", "contraction", "imperative", "terse", "indirect-embedded"])
SUBDIVISION_FAMILY = ("subdivision", 75, ["direct-question", "contraction", "possessive", "polite-request", "terse",
                                         "leading-filler", "trailing-words", "follow-up", "indirect-embedded",
                                         "word-order-inverted"])
QUALIFIED_FAMILY = ("qualified-place", 28, ["direct-question", "contraction", "polite-request", "imperative"])
