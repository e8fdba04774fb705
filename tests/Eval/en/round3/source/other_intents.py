"""Everything that is not a capital question: opening the skill, help, stop, cancel, and sentences the skill must
leave to AMAZON.FallbackIntent (other requests to the Echo, other questions about countries, "capital" in its other
senses). Each line: "locale | utterance"."""

FALLBACK = "AMAZON.FallbackIntent"

OTHER = {
    ("launch", "LaunchRequest"): """
        en-US | open world capitals
        en-US | start world capitals
        en-US | launch world capitals
        en-US | open the world capitals skill
        en-GB | open world capitals please
        en-GB | can you open world capitals
        en-CA | start up world capitals
        en-CA | open world capitals
        en-AU | open world capitals
        en-AU | let's play world capitals
        en-IN | open world capitals
        en-IN | please open world capitals
        en-US | open up world capitals
        en-GB | start the world capitals skill
    """,
    ("help", "AMAZON.HelpIntent"): """
        en-US | help
        en-US | what can you do
        en-US | how does this work
        en-US | what can i ask you
        en-US | what do i say
        en-US | give me an example
        en-GB | help me
        en-GB | how do i use this
        en-GB | what questions can you answer
        en-GB | i need some help
        en-CA | help please
        en-CA | what are my options
        en-CA | how do i ask for a capital
        en-AU | what should i say
        en-AU | i don't know what to say
        en-AU | can you help me
        en-IN | help
        en-IN | how to use this skill
        en-IN | what all can you do
        en-IN | please help
        en-US | how do i play this
        en-GB | what am i supposed to ask
        en-CA | can you give me some examples
        en-AU | how does this skill work
        en-IN | what is this skill for
        en-IN | i need help using this
    """,
    ("stop", "AMAZON.StopIntent"): """
        en-US | stop
        en-US | shut up
        en-US | i'm done
        en-US | that's all
        en-US | stop talking
        en-GB | stop
        en-GB | that's enough thanks
        en-GB | quit
        en-CA | stop
        en-CA | exit
        en-AU | stop it
        en-AU | we're done
        en-IN | stop
        en-IN | exit
        en-US | okay stop
        en-US | goodbye
        en-GB | that'll do thanks
        en-CA | alright that's enough
        en-AU | stop please
        en-IN | stop it now
        en-IN | close this skill
    """,
    ("cancel", "AMAZON.CancelIntent"): """
        en-US | cancel
        en-US | never mind
        en-US | cancel that
        en-GB | cancel
        en-GB | forget it
        en-CA | cancel
        en-CA | nevermind
        en-AU | cancel
        en-AU | forget about it
        en-IN | cancel
        en-IN | cancel it
        en-US | no cancel
        en-US | forget that
        en-GB | cancel that please
        en-CA | never mind cancel
        en-AU | nah cancel that
        en-IN | cancel please
    """,
    ("out-of-domain", FALLBACK): """
        en-US | what's the weather like tomorrow
        en-US | will it rain today
        en-US | play some music
        en-US | play taylor swift
        en-US | set a timer for ten minutes
        en-US | set an alarm for seven am
        en-US | turn off the lights
        en-US | tell me a joke
        en-US | what's on my calendar
        en-US | add milk to my shopping list
        en-US | how's the traffic to work
        en-US | call mom
        en-US | what's the news
        en-US | flip a coin
        en-US | how do you spell necessary
        en-US | what's twelve times eight
        en-US | turn the volume up
        en-US | sing me a song
        en-US | what's the score of the yankees game
        en-US | order more paper towels
        en-GB | play bbc radio two
        en-GB | set a reminder to put the bins out
        en-GB | what's the temperature outside
        en-GB | convert fifty pounds to dollars
        en-GB | how did arsenal get on
        en-GB | put the kettle on
        en-GB | what's the date today
        en-GB | tell me a fun fact
        en-CA | play hockey night in canada
        en-CA | what's the weather in winnipeg
        en-CA | set a timer for twenty minutes eh
        en-CA | how many grams in a cup
        en-CA | turn on the living room lights
        en-AU | what's the footy score
        en-AU | play triple j
        en-AU | what's the forecast for the weekend
        en-AU | set an alarm for six thirty
        en-AU | who won the cricket
        en-IN | what's the cricket score
        en-IN | play the latest bollywood songs
        en-IN | set an alarm for five thirty am
        en-IN | tell me today's horoscope
        en-IN | what is the weather in chennai
        en-US | what movies are playing tonight
        en-US | remind me to call the dentist tomorrow
        en-US | how many ounces in a pound
        en-US | play my discover weekly playlist
        en-US | what's the stock market doing today
        en-GB | is it going to be sunny in manchester
        en-GB | play the shipping forecast
        en-GB | what's on telly tonight
        en-CA | what time do the leafs play tonight
        en-CA | how cold is it in edmonton right now
        en-AU | is it going to be a scorcher tomorrow
        en-AU | put on some acca dacca
        en-AU | what's the surf like at bondi
        en-IN | play arijit singh songs
        en-IN | what is the petrol price today
        en-IN | set a reminder for my mother's birthday
    """,
    ("other-country-question", FALLBACK): """
        en-US | what's the population of canada
        en-US | what currency does japan use
        en-US | what language do they speak in brazil
        en-US | who's the president of france
        en-US | how big is russia
        en-US | what's the largest city in australia
        en-US | what time is it in london
        en-US | where is peru
        en-US | what continent is egypt in
        en-US | what's the biggest country in the world
        en-US | how many countries are in africa
        en-US | what's the flag of germany look like
        en-US | how far is paris from london
        en-US | is mexico in north america
        en-US | what's the national dish of spain
        en-US | tell me about brazil
        en-US | how do you say hello in japanese
        en-US | what's the biggest city in canada
        en-GB | who is the king of england
        en-GB | what's the national animal of scotland
        en-GB | what's the exchange rate for the euro
        en-GB | what's the dialling code for ireland
        en-GB | what sea is between england and france
        en-GB | what's the official language of switzerland
        en-GB | how many people live in china
        en-GB | what's the currency of poland
        en-CA | how many provinces does canada have
        en-CA | when did canada become a country
        en-CA | what's the population of toronto
        en-CA | how far is vancouver from calgary
        en-CA | what's the time in vancouver
        en-AU | is australia a country or a continent
        en-AU | what's the time in perth
        en-AU | how far is sydney from melbourne
        en-AU | what's the biggest city in new zealand
        en-AU | what's the population of queensland
        en-IN | who is the prime minister of india
        en-IN | how many states are there in india
        en-IN | what is the national bird of india
        en-IN | what is the population of delhi
        en-IN | which state is mumbai in
        en-IN | what is the time difference between india and america
        en-IN | what is the currency of nepal
        en-IN | which is the largest state of india
        en-US | how old is the eiffel tower
        en-US | what's the tallest building in the world
        en-US | what's the population of tokyo
        en-GB | how long is the flight to spain
        en-GB | do they drive on the left in japan
        en-CA | what's the national sport of canada
        en-AU | what's the population of tasmania
        en-AU | what language do they speak in fiji
        en-IN | what is the area of rajasthan
        en-IN | which language is spoken in kerala
        en-IN | how many districts are there in tamil nadu
    """,
    ("capital-other-sense", FALLBACK): """
        en-US | what's a capital letter
        en-US | how do i write a capital a in cursive
        en-US | what is capital gains tax
        en-US | call capital one
        en-US | what's my capital one balance
        en-US | what is capital punishment
        en-US | what does working capital mean
        en-US | how do i raise capital for a startup
        en-US | play safe and sound by capital cities
        en-US | what's the difference between capital and capitol
        en-GB | play capital fm
        en-GB | play capital xtra
        en-GB | what is venture capital
        en-CA | is capital one open today
        en-CA | how much capital do i need to start a business
        en-AU | what is human capital
        en-AU | define capital
        en-IN | what is share capital
        en-IN | what is the meaning of capital in economics
        en-US | how do you spell capital
        en-GB | play capital london
        en-CA | what does capital asset mean
        en-AU | what's the difference between capital and revenue
        en-IN | capital letters or small letters which is better
    """,
}


def other_lines():
    """(utterance, locale, expected, family) for every line that is not a capital question."""
    lines = []
    for (family, expected), block in OTHER.items():
        for row in block.strip().splitlines():
            locale, utterance = (part.strip() for part in row.split("|"))
            lines.append((utterance, locale, expected, family))
    return lines
