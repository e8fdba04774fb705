"""Sentences that are not capital questions, written by hand for round 2. A sentence given as (sentence, "en-GB")
is said only in that locale. Stop and Cancel follow Alexa's built-in intents; sentences that could be either are
left out."""

OUT_OF_DOMAIN = [
    # everyday assistant requests
    "what's the weather like tomorrow", "will it rain this afternoon", "how hot is it going to be today",
    "set a timer for ten minutes", "set an alarm for six thirty", "wake me up at seven", "remind me to call mom at five",
    ("remind me to ring mum tonight", "en-GB en-AU"), "play some jazz", "play the latest taylor swift album",
    "turn the volume up", "turn off the kitchen lights", "dim the living room lights", "what time is it",
    "what's the date today", "add milk to my shopping list", "what's on my calendar today", "call dad",
    "tell me a joke", "sing me a song", "flip a coin", "roll a dice", "how do you spell necessary",
    "what's fifteen percent of eighty", "convert ten pounds to kilograms", ("how many kilometres is a marathon", "en-GB en-AU en-CA en-IN"),
    "how many miles is a marathon", "what's the score of the game", "who won the cricket match yesterday",
    ("what's the cricket score", "en-IN en-AU en-GB"), ("play some bollywood songs", "en-IN"),
    ("what's the footy score", "en-AU"), ("put the kettle on", "en-GB"), ("how's the hockey game going", "en-CA"),
    "order more paper towels", "where's my package", "read me the news", "what's the traffic like to work",
    "find a pizza place nearby", "how long does it take to boil an egg", "what's a good recipe for pancakes",
    "shuffle my playlist", "what song is this",
    "good morning", "how are you", "what's your name", "are you a robot", "i love you",
    "you're funny", "what can i make for dinner", "translate hello into spanish",
    # other facts about countries
    "what currency does japan use", "what's the population of canada", "what language do they speak in brazil",
    "how big is australia", "who is the president of france", "who's the prime minister of india",
    "what's the time in tokyo", "what's the weather in paris", "how far is london from new york",
    "what continent is egypt in", "what's the national animal of scotland", "what's the flag of italy like",
    "what is the largest city in turkey", "what's the biggest city in australia", "what's the official language of switzerland",
    "how many people live in china", "what's the currency of south africa", "when did india become independent",
    "what's the national dish of spain", "what's the highest mountain in nepal", "how many states are there in india",
    "how many provinces does canada have", "what's the dialing code for germany", "what is the population of texas",
    "who is the governor of california", "what time zone is alaska in", "what's the longest river in africa",
    "where is madagascar", "is greenland a country", "what's the national sport of canada",
    "how many countries are there in the world", "which country has the most people", "what's the smallest country in the world",
    "what's the richest country in europe", "how do you say thank you in german", "what's the capital gains tax rate",
    "what is the exchange rate from dollars to euros", "what's the largest state in america", "where is the eiffel tower",
    "how tall is mount everest", "what's the area of russia", "what religion is most common in indonesia",
    "who is the king of thailand", "what's the gdp of germany", "what's the motto of canada",
    "what's the second largest city in brazil", "what's the oldest city in the world", "what country is bali in",
    "what country is sydney in", "what state is chicago in", "what province is toronto in",
    "is paris bigger than london", "what's the national anthem of kenya", "what's the main export of chile",
    # "capital" in other senses, and places as something else
    "what's the capital one customer service number", "check my capital one balance", "what does capital letter mean",
    "what is working capital", "what's the meaning of capital punishment", "how do you raise capital for a startup",
    "what is venture capital", "play capital cities the band", "what's the capital gains allowance",
    ("what's the capital gains allowance this year", "en-GB"), "is capital punishment legal in texas",
    "spell capital", "what rhymes with capital", "what's the difference between capital and capitol",
    "what is capital in economics", "define capital", "what's a capital offence", "capital fm", ("play capital fm", "en-GB"),
    "what's the capital grille's phone number", "what's human capital", "show me capital letters",
    # quiz and other games, other skills
    "start a geography quiz", "launch the trivia game",
    "what's the answer to question five", "give me a random fact", "how do i change your wake word",
    "tell me about the history of rome", "what's new york famous for", "who founded washington dc",
    "what's the weather in washington", "how far is delhi from mumbai", "book a table for two tonight",
    "turkey recipe for thanksgiving", "how long do i cook a turkey", "what's the best chinese restaurant near me",
    "play music from jamaica", "play the song georgia on my mind", "buy a new phone charger",
    "what's cooking", "i'm bored", "who are you", "what do you think about france",
]

HELP = [
    "help", "help me", "i need help", "help please", "what can you do", "what can i ask you",
    "how does this work", "what do i say", "how do i use this", "what are my options", "what should i ask",
    "give me some help", "can you help me", "i'm confused", "what am i supposed to say", "how do i ask a question",
    "what kind of questions can i ask", "what do you do", "can you give me an example", "tell me how this works",
    "how do i use world capitals", "what can this skill do", "instructions please", "i don't know what to say",
]

STOP = [
    "stop", "stop it", "please stop", "alexa stop", "stop talking", "quit", "exit", "shut up", "be quiet",
    "turn off", "stop please", "okay stop", "that's enough stop", "quit the skill", "exit the skill",
]

CANCEL = [
    "cancel", "cancel that", "never mind", "nevermind", "forget it", "forget about it", "cancel please",
    "oh never mind", "no cancel", "actually never mind", "cancel the question",
]
