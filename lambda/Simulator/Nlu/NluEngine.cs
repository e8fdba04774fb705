using WorldCapitals.Simulator.Model;
using WorldCapitals.Skill.Alexa;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// Emulates Alexa's intent recognition from an interaction model, with nothing coded per intent. Words are
/// compared by key (case, punctuation, spacing and accents do not matter), after the language's lexicon
/// (NluLexicon.&lt;language&gt;.json) has replaced spoken and typed variants by the words they stand for
/// ("whats", "what's" -> "what is"; "capitol" -> "capital"), in the samples and in the utterance alike.
/// <list type="number">
/// <item>Each sample (and each usual phrasing of a built-in intent the model declares) is aligned with the
/// utterance at the least cost: a slot takes a run of one or more whole words that were said, never words
/// from elsewhere; a filler word ("um", "okay", "so", "please", "alexa", ...) costs nothing to add or leave out,
/// anywhere, and neither does the first saying of a run of up to four words said twice in a row, a false start
/// ("cancel cancel", "what's the what's the capital of kenya"), nor do the words a speaker abandons before starting
/// again after a repair phrase of the lexicon or a cut-off word (<see cref="SpeechRepairs"/>: "the capital of sorry the
/// capital of belgium", "what is the cap the capital of peru"); adding or leaving out a function word ("the", "of",
/// "is", ...) costs 1, and so does swapping one for another ("capital in" for "capital of") or adding a word the
/// intent's samples use elsewhere ("city"); adding or leaving out any other word costs 2; a slot's glued suffix left
/// unsaid ("what's peru capital" for "{country}'s capital") costs 1.
/// A slot value neither starts nor ends with a filler word ("france please" is "france") unless it resolves
/// as it is, and a value that does not resolve never begins with a request verb of the lexicon ("spell capital" is
/// not "{country} capital") nor with a noun of its notPlaces, after an article or not ("the capital of fashion"), nor holds
/// a word of its alternatives ("or": "X or Y" is a choice of two values, not one); in a
/// language without spaces, a value that does not resolve neither begins nor ends with a particle (a function word:
/// "首都圏は" is not "首都{country}"). An article of the lexicon before a value, or left out of it, does not change its
/// resolution ("the vatican" is "Vatican"), and neither does a genitive ending of the lexicon (German "palaus
/// hauptstadt" is Palau's).</item>
/// <item>A sample that fits at no cost matches as Alexa does with a carrier phrase it knows, whatever its
/// slots resolve to: "what about narnia" reaches CapitalIntent with ER_SUCCESS_NO_MATCH, and words after the
/// place stay in the slot ("tanzania called", as Alexa was observed to send it). But a thin carrier does not
/// carry a long unknown value: the words of slot values that do not resolve may not outnumber the sample's
/// literal words (other than fillers), so "how do you spell capital" and "what's working capital" are not
/// "{country} capital" (a value that holds known values as runs of its words counts only its other words, as the
/// known names are evidence for the slot: "オーストラリアのクイーンズランド州の州都は" counts の; a formal name's suffix of the
/// lexicon after a known name counts as known too: "ミャンマー連邦共和国の首都は" counts nothing; a list of known values, one
/// at each end and at most <see cref="MaxListJoinWords"/> words between two of them, counts only its joins of more than
/// one word, and it is kept whole rather than cut to its first place, as the skill reads it as a list: "عاصمة السودان
/// وجنوب السودان", "de hoofdstad van estland en die van letland"), and one literal word after the slot carries none: an
/// unknown word before a noun reads as its modifier ("venture capital", "narnia capital"), while "hauptstadt
/// jordaniens" keeps its unknown word. A sample made only of slots ("{country}") counts only when every slot value
/// resolves (ER_SUCCESS_MATCH), and so does a sample with several slots ("the capital of {country} in {parent}"): words
/// the model does not know are not split between two slots ("the capital of the central african republic" is not a kind
/// "central" of a place "african republic"). A slot of a built-in type (AMAZON.City) takes any words there, as the
/// simulator has no list of its values: "ist sydney die hauptstadt von australien" fills it with "sydney" when
/// "australien" resolves; such a value is a name, so it never begins with a question word of the lexicon ("how old is
/// the capital of france" checks no city "how old"). A word the next word turns into another sense (the lexicon's
/// otherSenses: "capital" before "punishment", "gains", "one") is not the word of the samples: "what is capital
/// punishment in india" matches no sample's "capital"; nor is a word a modifier before it turns into another sense (the
/// lexicon's senseModifiers: Dutch "hoofdstad" after "culinaire").</item>
/// <item>A near miss (a cost above zero) counts only when every slot value resolves to a value of its custom
/// type (never for built-in slot types such as AMAZON.SearchQuery), and its cost is at most a third of the
/// sample's literal weight (function word 1, other 2) and at most 3, less than swapping one content word for
/// another, with the model's fallbackIntentSensitivity LOW (Alexa's default); at most 2 (one added unknown word)
/// with MEDIUM; at most 1 and a quarter of the weight (function-word slips only) with HIGH. So "what is capital
/// france" and "what is the capital city of france" match, "what is the population of france" (capital swapped
/// for population) does not. Alexa's levels are not documented in numbers: these are this emulator's. An utterance of
/// filler words only ("thank you", "um") is never a near miss, and a sample without slots is no near miss of an utterance
/// with a word the model does not know at all (no sample, slot value or lexicon entry has it): that word names what the
/// request is about (Hindi "लाइट बंद कर दो", turn off the light, is not "बंद कर दो", stop, with a word added).</item>
/// <item>Of the samples that count, the least cost wins, then the fewest slot values that do not resolve (a built-in
/// type's value counts as one), then the most literal words matched, then the fewest words in slots, then the first in
/// the model (intent order, then sample order). But an exact match whose sample holds words next to its slot as literals
/// ("van de staat {country}", "{country} राज्य") gives way to one as good whose slot takes those words with the name, when
/// that longer value names another place ("de staat mexico" and "मेक्सिको राज्य" are the State of Mexico).</item>
/// <item>A context clause before a question: when nothing matches, the words before a word that begins a question or
/// a request (the lexicon's <c>questionWords</c>: "what", "which", "tell", "can", ...; at most
/// <see cref="MaxContextClauseWords"/> words before it) are left out if the question from that word on matches by the
/// rules above with every slot value resolving and at least one slot ("i have a quiz tomorrow what's the capital of
/// tonga", "for the pub quiz tell me the capital of south africa"), as a statistical NLU classifies a sentence by its
/// strongest part. The clause may be anything, so the question must be complete and name a known value: "i have a
/// quiz what's the weather" still goes to fallback. The question may also begin with its place, as head-final languages
/// and place-first frames say it ("यूपीएससी की तैयारी कर रहा हूँ मध्य अफ्रीकी गणराज्य की राजधानी बताओ", "kenia wat is de
/// hoofdstad"): then it must match exactly a sample with a literal content word, its value must begin at the place, and
/// the clause must have a content word, no negation or word of a place name right before the place (nor, before a place
/// of several words, a word its first word follows in a name: "demokratischen republik kongo"), no not-a-place noun, no
/// word in another sense, and no other place (the place meant may be that one: "جورجيا اللي جنب روسيا عاصمتها ايش").
/// Likewise an exact match whose custom value does not resolve but ends with a known place, after such words ("अरे सुन
/// तो सैन मैरिनो की राजधानी"), is the exact match without them (in a question that begins with its place, those words may
/// also end in a function word after a content word of no place name, "ma voisine rentre de bamako c'est la capitale de
/// quoi", or be only "and", "y quito es capital de dónde"); ranked like the extra-word rule's reading of a value
/// that begins with its place, and off with fallbackIntentSensitivity HIGH.</item>
/// <item>Two requests of one intent in one breath: when nothing matches, an utterance that splits into two parts that
/// each match a sample of the same intent exactly and without slots is that intent ("i don't get it how does it work"
/// is help said twice). A cancel and a stop said back to back are the one said last, the speaker's last word ("laat maar
/// zitten ik stop" stops; "مش عايز خلاص الغي" and "もういいやキャンセル" cancel). Requests of two other intents, or with a slot,
/// stay unmatched.</item>
/// <item>One extra word: when nothing matches, or the best exact match has a value of a custom slot that does not resolve
/// and begins with the place the rule reads ("hoofdstad van kenia trouwens" fills "kenia trouwens"; but a word before the
/// place may be part of its name: "der demokratischen republik kongo" stays whole, not "republik kongo"), a sample with
/// at least one literal content word and only slots of custom types matches if it fits exactly but for at most
/// <see cref="MaxExtraWords"/> word added anywhere outside the slot values, with every slot value resolving: the word is
/// an adverb, particle or politeness form the grammar lacks, which a statistical NLU reads past. The word may be a
/// function word, a word only that intent's samples use, or a word the model does not know at all; never a word of
/// another intent's samples ("help", "no"), of a slot value (a place), nor a negation, choice word, request verb or
/// not-a-place noun of the lexicon (<see cref="ExtraWords"/>). An unknown content word right before a slot's noun (the
/// content literal nearest a slot) reads as its modifier or, in Arabic, as the noun whose capital is meant ("population
/// capital of france", "سكان عاصمة فرنسا"), and one after a slot's noun that ends the sample as a compound ("france
/// capital population"): neither is an extra word. Ranked after every rule above; the fewest extra words, then as
/// above. Off with fallbackIntentSensitivity HIGH.</item>
/// <item>A built-in request with words around it (session 13): when nothing matches, an utterance that holds, as a run of
/// its words and not as the whole, a listed phrasing of a built-in intent the model declares (said in full, fillers too,
/// with a content word that is no negation), or says a cue of that intent (BuiltInCues.&lt;language&gt;.json: parts of a
/// request Alexa's built-in model weighs heavily, "uitleggen", "how does it work", "never mind", "समझ नहीं आया"), is that
/// intent when every other word is about the skill itself, as Alexa's statistical model classifies a short request by its
/// strongest part ("الغي طلب العاصمة", "we zijn klaar alexa", "मुझे और नहीं सुनना बंद करो"). Runs of two intents read as
/// one only for a cancel and a stop (the one said last, as above). The other words may be fillers, function words, words of the
/// model's own samples and of the intent's phrasings and cues; never a negation (the lexicon's, or the cue file's:
/// "geen", "मत"), a choice word, a request verb, a not-a-place noun, a noun of another topic (the cue file's
/// <c>otherTopics</c>: light, music, timer; "बेडरूम की लाइट बंद करो" stays fallback), a word only another built-in intent's
/// phrasings use, a word of the samples in another sense, nor a run that names a value of a custom slot type ("never
/// mind the capital of peru"); no request but a help begins with a question word ("hoe laat is het" asks the time); the
/// words the model does not know are fewer than the content words of the runs, and none stands right before a run or
/// after one with only function words between (it is what the request is about: "लाइट बंद करो", "explain photosynthesis"),
/// nor right next to a slot's noun of the samples or before one across function words (the noun in another topic:
/// "working capital", "aumento di capitale"). Off with fallbackIntentSensitivity HIGH.</item>
/// <item>A place named in a clause, then a question that refers to it (NluEngine.PlaceReferences.cs): when nothing
/// matches, the utterance names a place outside a reference of the lexicon's <c>placeReferences</c> (a run of
/// words resolving to a value of a custom type) before that reference (Dutch "daar", "dat land", Hindi "वहाँ की", "उसकी",
/// English "there", "its capital", Arabic "عاصمتها") and none after it; where it names several, the one named last (a scene
/// may name a city first: "vivo en monterrey y mi vecina es de nicaragua cuál es la capital de ese país"; a place said
/// with its own country beside it, only function words between, is that place: "mijn zoon woont in queensland in
/// australië wat is de hoofdstad daar"), unless it is one
/// of a list with the one before it (only function words, or one word more, after a word of the lexicon's
/// <c>listWords</c> between them: "peru en chili", and nothing is read). The reference is replaced by what
/// it stands for with the place's words ("in {place}", "{place} की", "عاصمة {place}"), the words before the question
/// are left out as the context-clause rule does (the question begins at a question word after the place, or at the
/// reference itself; the clause has at most <see cref="MaxPlaceClauseWords"/> words, a run of one script being one word in
/// Japanese: <see cref="Tokenizer.WordsSaid"/>), and the question must match a
/// sample with a literal content word, exactly or as a near miss, with every slot value resolving and one of them the
/// place: "mijn dochter gaat backpacken in peru wat is de hoofdstad daar" is Peru; "ik woon in canada hoe is het weer
/// daar" and "मेरा भाई कनाडा में है वहाँ का मौसम कैसा है" still fall back. The question's noun is a reference too ("hoofdstad"
/// -> "hoofdstad van {place}", "राजधानी" -> "{place} की राजधानी"), as are nouns for the place (الولاية, "the state"), so a
/// question with no place asks about the clause's place ("ابني يدرس في ميشيغان وش عاصمة الولاية"); every reference said is
/// tried, and the question may also begin at the question's noun. Ranked after every rule above; off with
/// fallbackIntentSensitivity HIGH.</item>
/// <item>A launch in other words (session 14, before any of the above: <see cref="InvocationForms"/> and
/// <see cref="LaunchWording"/>): an utterance that names the skill by its invocation name (or a spelling of it in the
/// language's LaunchWording.&lt;language&gt;.json; no other name: Alexa launches by that name only) with a launch verb of
/// that file anywhere ("alexa doe hoofdsteden van de wereld", "दुनिया की राजधानियाँ स्किल ऑन करो"), and
/// besides only wake words, fillers, the file's words said around a launch ("for me", "again", "من جديد") and function
/// words that ask nothing, is a LaunchRequest. "what is world capitals", "close world capitals" and "what are the world
/// capitals of europe" have no launch verb or a word of another topic, and stay as they are. A launch verb and the name
/// followed by a short reason (session 51: at most <see cref="MaxLaunchReasonWords"/> words, no place nor another fact, read
/// as no request of the skill: "open world capitals for my grandma", "apri capitali del mondo che il bimbo deve ripassare")
/// is a LaunchRequest too, and so (session 52) is a launch in other words with such a reason before it, or on both sides,
/// with no question word nor negation before it: "beim backen hauptstädte der welt öffnen", "en plan abre capitales del
/// mundo".</item>
/// <item>A capital question with a clause around it (session 14; NluEngine.ClauseAroundQuestion.cs): when nothing matches,
/// a run of the utterance that matches a sample exactly, with a literal content word, only custom slots and every value
/// resolving, is that question when the words before and/or after it (at most <see cref="MaxAroundClauseWords"/> on each
/// side, counted as <see cref="Tokenizer.WordsSaid"/> counts them; fewest words around first) are a clause of the
/// speaker's situation: "नोट्स बना रही हूँ एस्टोनिया की राजधानी लिखवा दो", "capital of peru so i can finish this
/// crossword", as a statistical NLU classifies by the strongest part. The clause has a content word and none of the
/// language's ClauseWords.&lt;language&gt;.json <c>otherFacts</c> (population, weather, time, distance, history,
/// hotels, flights, "how many", "when"), no negation (the lexicon's or the cue file's), choice word or noun of another
/// topic (the cue file's <c>otherTopics</c>); no question word before the question (the clause asks its own: "what's
/// the weather in the capital of peru"), no <c>pastMarkers</c> word after it ("... की राजधानी कभी कोलकाता थी"); no
/// function word right after the question ("की राजधानी की आबादी", "hoofdstad van peru in de zomer") but a purpose
/// opener of the file's <c>purposeOpeners</c> ("la capitale du chili c'est pour le quiz de demain", "en six lettres"; a
/// noun of another topic just after one in the clause before is what the answer is for: "für unseren podcast kurz die
/// hauptstadt von kenia", and just after a <c>settingOpeners</c> preposition where the speaker is or heard it: "ma
/// grand-mère au salon veut savoir la capitale du sénégal") nor, in a language without postpositions, right before it
/// ("hoe laat is het in de hoofdstad van kenia"); no not-a-place noun next to it ("the fashion capital of italy") nor a
/// word that turns its word into another sense; no place in the clause (two places are not guessed between) but the
/// country of the question's place (session 52: "in indien die hauptstadt von gujarat") or one the clause goes on to say
/// something of, before a question that names its place after its own words ("vivo en chile y mi
/// sobrina quiere saber la capital de perú"; a lone function word such as "para" names no place), and a place that
/// begins the question is no end of a longer name (the place-first guards, but a word the model knows begins none). A
/// language without the file reads no clause so. Ranked after every rule above; off with fallbackIntentSensitivity HIGH.</item>
/// <item>A question noun and one place (sessions 37-38; NluEngine.NounAndPlace.cs): when nothing above reads the utterance,
/// not even as a built-in request, and it says the question's own noun (the content word the samples of the place question
/// say most, "capitale", "hauptstadt", "राजधानी", "عاصمة", and any said at least half as often) and names exactly one place
/// (said once or more), at most MaxAroundClauseWords words away from both ends, it asks for that place's capital: "à la
/// pharmacie un monsieur arrive du cameroun il cherche sa capitale pour son fils", as a statistical NLU classifies a sentence
/// by its strongest words. Not when it says a word of another fact or a past marker (ClauseWords), a noun of another topic,
/// a not-a-place noun or a cancel or stop cue; nor when its noun is the capital of something else (a word the model does
/// not know right before it, "die heimliche hauptstadt"; a word that turns it into another sense; as the nearest content
/// word on the side where the language says what a capital is of, a word the model does not know that is not the place,
/// "hauptstadt von dem elsass in frankreich", unless a purpose opener comes first) or where something happens (a setting
/// opener before its noun phrase: "il fait chaud dans la capitale du pérou", "mi hermana vive en la capital de chile"; a
/// tying preposition: "un article sur la capitale du pérou"; a genitive after a noun the question does not say: "la gare
/// de la capitale du pérou"; a function word after the place that goes on with the phrase, not a purpose opener or a list
/// word: "comment on demande la capitale du pérou en anglais");
/// nor when the place is not the one meant (after a negation or a content word of a name, "la nueva españa"; before a
/// word of a name, "américa do sul"); and a place said apart from the noun needs a question word or another content word
/// of the question's samples ("siamo stati in grecia e la capitale ci è piaciuta" asks nothing). With nationality words,
/// only the engine without them reads so (a nationality word is no place named). A language without spaces (Japanese, session
/// 46; NluEngine.NounAndPlaceWithoutSpaces.cs) reads so with its nouns and asking words as runs of characters
/// (ClauseWords' questionNouns and askingWords): one place as a whole word, then the noun, and a word that asks after the
/// place ("...インドから来たって言うからよ首都教えてくれや"). Off with fallbackIntentSensitivity HIGH.</item>
/// <item>An utterance that matches nothing goes to AMAZON.FallbackIntent, when the model declares it.</item>
/// </list>
/// Limits: no statistics learned from data, so a paraphrase that shares few words with every sample
/// ("could you find out for me which city france is governed from") goes to fallback where Alexa may
/// understand it; a filler inside a slot value stays in it ("south um africa"); words are compared exactly
/// (no spelling correction beyond the lexicon's variants; entity resolution is exact too, the skill's own
/// forgiving match handles misspelt places); a slot is never left empty ("what's the capital" goes to fallback,
/// where Alexa may send CapitalIntent with an empty slot); a correction that repeats nothing said before it ("the
/// capital of spain i mean portugal") keeps only the place after the repair phrase (<see cref="SpeechRepairs"/>), as
/// Alexa's slot filling is expected to, but two places with no repair phrase between them stay in the slot; request
/// verbs are a list, not a grammar of the language; a built-in request with words around it is read from lists (its
/// phrasings and cues, the other topics), not from a model of the language, so "help me with my homework" is help where the
/// samples know "homework", while "laat maar ik weet het al" falls back: its unknown "al" is as many words as "laat maar" has
/// content words. The built-in phrasings may say the skill's invocation name
/// ("{invocation}": "how do i use {invocation}").
/// </summary>
public sealed partial class NluEngine
{
    public const string FallbackIntent = "AMAZON.FallbackIntent";

    /// <summary>A near miss may cost at most this: one less than swapping a content word for another.</summary>
    private const int MaxNearMissPenalty = 3;

    /// <summary>The most extra words the extra-word rule allows.</summary>
    public const int MaxExtraWords = 1;

    /// <summary>The most words a context clause before a question may have: fourteen since session 27, as for the clause
    /// around a question (<see cref="MaxAroundClauseWords"/>), since people set a scene in twelve words or so.</summary>
    public const int MaxContextClauseWords = 14;

    /// <summary>The most words between two places of a list said as one value ("en die van").</summary>
    public const int MaxListJoinWords = 3;

    /// <summary>The most words (as said) of a reason for opening the skill said after its launch ("für meine oma").</summary>
    public const int MaxLaunchReasonWords = 8;

    private readonly InteractionModel _model;
    private readonly NluLexicon _lexicon;
    private readonly List<Sample> _samples = [];
    private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _vocabularies = new(StringComparer.Ordinal);
    private readonly int[] _nearMissAllowances;
    private readonly ExactMatchIndex _exactMatchIndex;
    private readonly EntityResolver _resolver;
    private readonly ExtraWords _extraWords;
    private readonly bool _readsExtraWords;
    private readonly bool _readsPlaceAfterClause;
    private readonly BuiltInCues _cues;
    private readonly bool _readsBuiltInWithWordsAround;
    private readonly HashSet<int> _slotNounIds;
    private readonly LaunchWording _launchWording;
    private readonly ClauseWords _clauseWords;
    private readonly string[][] _questionTails;
    private readonly string[][] _purposeOpeners;
    private readonly string[][] _settingOpeners;
    private readonly string[][] _questionLeads;
    private readonly string[][] _tyingPrepositions;
    private readonly string[][] _questionNounRuns;
    private readonly string[][] _askingRuns;
    private readonly bool _readsClauseAroundQuestion;
    private readonly bool _readsNounAndPlace;
    private readonly string? _placeType;
    private readonly HashSet<int> _placeQuestionVocabulary;
    private readonly HashSet<int> _capitalNounIds;
    private readonly HashSet<string> _invocationKeys;

    // The skill's name as keys in order, in a script written with spaces (empty in one without): said whole, its words
    // name the skill, whatever each means alone.
    private readonly string[] _invocationRun;

    public NluEngine(InteractionModel model)
        : this(model, NluLexicon.For(model?.Locale ?? throw new ArgumentNullException(nameof(model))))
    {
    }

    /// <summary>With a lexicon that is not one of the embedded files (tests of a language's pipeline).</summary>
    /// <param name="readsExtraWords">Whether the extra-word rule applies (off only in tests that show what it changes).</param>
    /// <param name="readsPlaceAfterClause">Whether a context clause may come before a question that begins with its place,
    /// and a place may end a value that does not resolve (off only in tests that show what it changes).</param>
    /// <param name="readsBuiltInWithWordsAround">Whether a built-in request may be said with words around it (off only in
    /// tests that show what it changes).</param>
    /// <param name="cues">The built-in intents' cues; null reads the embedded file of the model's language.</param>
    /// <param name="readsClauseAroundQuestion">Whether a capital question may be said with a clause around it (off only in
    /// tests that show what it changes).</param>
    /// <param name="readsNounAndPlace">Whether a question noun and one place said anywhere ask for its capital when nothing
    /// else is read (off only in tests that show what it changes).</param>
    /// <param name="readsNationalityWordsLast">Whether an utterance is read without the nationality words first (off only in
    /// tests that show what it changes, and in the engine that reads it so).</param>
    internal NluEngine(InteractionModel model, NluLexicon lexicon, bool readsExtraWords = true, bool readsPlaceAfterClause = true,
        bool readsBuiltInWithWordsAround = true, BuiltInCues? cues = null, bool readsClauseAroundQuestion = true,
        bool readsNationalityWordsLast = true, bool readsNounAndPlace = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _lexicon = lexicon;
        _cues = cues ?? BuiltInCues.For(model.Locale, lexicon);
        _readsBuiltInWithWordsAround = readsBuiltInWithWordsAround;
        _resolver = new EntityResolver(model.Types, _lexicon);
        _launchWording = LaunchWording.For(model.Locale, model.InvocationName, _lexicon);
        // The words of the skill's name, in a script written with spaces: said around a built-in request, they name the skill.
        var nameKeys = _lexicon.Tokenize(model.InvocationName).SelectMany(token => _lexicon.Expand(token.Key)).Where(key => key.Length > 0).ToArray();
        _invocationKeys = nameKeys.Where(key => !TextFolding.IsSpacelessScript(key[0]) && _lexicon.KindOf(key) == WordKind.Content).ToHashSet(StringComparer.Ordinal);
        _invocationRun = nameKeys.Any(key => TextFolding.IsSpacelessScript(key[0])) ? [] : nameKeys;
        var phrasings = BuiltInPhrasings.For(model.Locale, model.InvocationName);
        foreach (var intent in model.Intents)
        {
            var texts = intent.Samples.Concat(phrasings.TryGetValue(intent.Name, out var builtIn) ? builtIn : []);
            foreach (var text in texts)
            {
                var sample = Sample.Compile(intent.Name, text, _samples.Count, _lexicon, name => intent.Slots.FirstOrDefault(slot => slot.Name == name)?.Type, WordId);
                if (sample is not null)
                    _samples.Add(sample);
            }
        }
        foreach (var sample in _samples)
        {
            if (!_vocabularies.TryGetValue(sample.IntentName, out var vocabulary))
                _vocabularies[sample.IntentName] = vocabulary = [];
            vocabulary.UnionWith(sample.LiteralIds);
        }
        _nearMissAllowances = _samples.Select(NearMissAllowance).ToArray();
        _exactMatchIndex = new ExactMatchIndex(_samples);
        _slotNounIds = SlotNounIds();
        _extraWords = new ExtraWords(_lexicon, _wordIds, _resolver, _vocabularies);
        _readsExtraWords = readsExtraWords;
        _readsPlaceAfterClause = readsPlaceAfterClause;
        _clauseWords = ClauseWords.For(model.Locale);
        _questionTails = ReadPhrases(_clauseWords.QuestionTails);
        _purposeOpeners = [.. _clauseWords.PurposeOpeners.Select(ReadPurposeOpener).Where(keys => keys.Length > 0)];
        _questionLeads = ReadPhrases(_clauseWords.QuestionLeads);
        _settingOpeners = ReadPhrases(_clauseWords.SettingOpeners);
        _tyingPrepositions = ReadPhrases(_clauseWords.TyingPrepositions);
        _questionNounRuns = ReadPhrases(_clauseWords.QuestionNouns);
        _askingRuns = ReadPhrases(_clauseWords.AskingWords);
        _readsClauseAroundQuestion = readsClauseAroundQuestion;
        // A sample that is one slot of a custom type ("{country}"): its type is that of the places a question is about, its
        // intent the question about places.
        var placeSample = _samples.FirstOrDefault(sample => sample.Parts.Length == 1 && sample.Parts[0].SlotType is { } type && _resolver.IsCustomType(type));
        _placeType = placeSample?.Parts[0].SlotType;
        _placeQuestionVocabulary = placeSample is null ? [] : _vocabularies[placeSample.IntentName];
        _capitalNounIds = CapitalNounIds(placeSample?.IntentName);
        var nationalityKeys = readsNationalityWordsLast ? NationalityKeys(model.Locale, lexicon) : [];
        // With nationality words the rule reads in the engine without them only: a nationality word is no place named
        // ("comment dit-on capitale en français").
        _readsNounAndPlace = readsNounAndPlace && nationalityKeys.Count == 0;
        if (nationalityKeys.Count > 0)
        {
            _byNamesOnly = new NluEngine(WithoutSynonyms(model, nationalityKeys, lexicon), lexicon, readsExtraWords, readsPlaceAfterClause,
                readsBuiltInWithWordsAround, _cues, readsClauseAroundQuestion, readsNationalityWordsLast: false, readsNounAndPlace);
        }
    }

    public InteractionModel Model => _model;

    /// <summary>The utterance's form (<see cref="InvocationForms"/>); a one-shot with a launch verb before the name or in a
    /// launch ending after it ("世界の首都を開いて", session 57), or in a language that says the verb after it
    /// (LaunchWording's <c>verbAfterName</c>: Hindi), or whose request ends with a launch verb (session 58, Japanese with
    /// the name first: "世界の首都でクイズしたいから開いて", <see cref="LaunchWording.EndsWithVerb"/>), whose request is only a
    /// short reason for opening the skill is a launch
    /// (<see cref="IsReasonForLaunch"/>; German "hauptstädte der welt bewerten", the name first, stays a one-shot); so is
    /// an utterance that says a launch in other words with a short reason before it, after it (two words or more: one is
    /// a verb's particle, "doe hoofdsteden van de wereld dicht" closes it) or both, no question word nor negation before
    /// it, that is no request of the skill as a whole ("für die crew hauptstädte der welt starten", "en plan abre capitales
    /// del mundo"; "salut comment on utilise capitales du monde" asks for help: <see cref="LaunchWording.WordsAroundLaunch"/>).</summary>
    public UtteranceForm ParseForm(string utterance)
    {
        var form = InvocationForms.Parse(utterance, _model.InvocationName, _lexicon, _launchWording);
        var launches = form.Kind switch
        {
            UtteranceKind.OneShot => (form.HasLaunchVerb || _launchWording.VerbAfterName || _launchWording.EndsWithVerb(form.RequestTokens, _lexicon))
                && IsReasonForLaunch(form.RequestTokens, form.Text),
            UtteranceKind.Bare => _launchWording.WordsAroundLaunch(form.RequestTokens, _lexicon, _lexicon.Launch.WakeWords) is { } around
                && !around.Before.Any(token => _lexicon.QuestionWords.Contains(token.Key) || IsNegationOrChoice(token.Key))
                && Tokenizer.WordsSaid(around.After, 0, around.After.Count) != 1
                && IsReasonForLaunch([.. around.Before, .. around.After], form.Text)
                && Recognize(form.RequestTokens, form.Text)?.IntentName == FallbackIntent,
            _ => false,
        };
        return launches ? form with { Kind = UtteranceKind.Launch, RequestTokens = [] } : form;
    }

    // Whether the words said with "open world capitals" are a short reason or circumstance, no request: "für meine oma",
    // "che il bimbo deve ripassare", "pour l'atelier mémoire", "beim backen", "宛先の国を確認したい", as people say why they
    // open a skill and Alexa opens it. At most MaxLaunchReasonWords words, none a word of a place or another slot value nor
    // of another fact ("weather"), and read as no request of the skill (not "how does it work", not "stop"). In a script
    // written without spaces, where each character is a token, a value or another fact counts only as a whole word.
    private bool IsReasonForLaunch(IReadOnlyList<Token> request, string text)
    {
        if (request.Count == 0 || Tokenizer.WordsSaid(request, 0, request.Count) > MaxLaunchReasonWords)
            return false;
        foreach (var token in request)
        {
            var read = _lexicon.Expand(token.Key)[0];
            if (_clauseWords.OtherFacts.Contains(read) || _clauseWords.OtherFacts.Contains(token.Key)
                || (!Tokenizer.IsWrittenWithoutSpaces(token) && _lexicon.KindOf(read) == WordKind.Content && (_resolver.KnowsWord(token.Key) || _resolver.KnowsWord(read))))
            {
                return false;
            }
        }
        if (request.Any(Tokenizer.IsWrittenWithoutSpaces) && (_clauseWords.SaysOtherFact(FirstReadings(request)) || PlacesNamed(request, typeName: null).Any()))
            return false;
        return Recognize(request, text)?.IntentName == FallbackIntent;
    }

    /// <summary>The intent for the words of a request (invocation already removed); null only when nothing
    /// matches and the model has no fallback intent.</summary>
    public Interpretation? Recognize(IReadOnlyList<Token> tokens, string text)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(text);
        if (_byNamesOnly is null)
            return RecognizeWithEveryValue(tokens, text);
        var byNames = _byNamesOnly.Recognize(tokens, text);
        if (IsUnderstood(byNames))
            return byNames;
        var withNationalityWords = RecognizeWithEveryValue(tokens, text);
        return IsUnderstood(withNationalityWords) ? withNationalityWords : byNames;
    }

    private Interpretation? RecognizeWithEveryValue(IReadOnlyList<Token> tokens, string text)
    {
        tokens = Tokenizer.SplitSuffixes(Tokenizer.SplitPrefixes(tokens, _lexicon.Prefixes, IsKnownWord), _lexicon.Suffixes, IsKnownWord, _resolver.KnowsWord);
        var utterance = Words(tokens, text);
        var matcher = Matcher(utterance);
        // A near miss never beats a sample that fits at no cost: look for near misses only when none fits.
        var exact = BestExact(matcher);
        var best = exact is not null
            ? (HasUnknownValue(exact) ? PlaceInUnknownValue(exact, matcher, utterance) ?? exact : exact)
            : (utterance.Words.Any(word => word.Kind != WordKind.Filler) ? BestNearMiss(matcher, utterance) : null)
                ?? AfterContextClause(tokens, text, utterance) ?? TwoRequestsOfOneIntent(tokens, text) ?? WithExtraWord(matcher, utterance)
                ?? WithPlaceReference(tokens, text) ?? QuestionWithClauseAround(tokens, text);

        if (best is not null)
            return new Interpretation(best.Sample.IntentName, Slots(best), best.Sample.Text);
        if (BuiltInWithWordsAround(tokens, text, utterance) is { } builtIn)
            return builtIn;
        if (QuestionFromNounAndPlace(tokens, text) is { } spotted)
            return new Interpretation(spotted.Sample.IntentName, Slots(spotted), spotted.Sample.Text);
        var fallback = _model.FindIntent(FallbackIntent);
        return fallback is null ? null : new Interpretation(fallback.Name, EmptySlots(fallback), null);
    }

    /// <summary>Recognizes a bare request text (no invocation removal).</summary>
    public Interpretation? Recognize(string text) => Recognize(_lexicon.Tokenize(text), text);

    private UtteranceWords Words(IReadOnlyList<Token> tokens, string text) => new(tokens, text, _lexicon, _wordIds, _resolver.SameTypeValues);

    private SampleMatcher Matcher(UtteranceWords utterance) => new(utterance, new SlotSpans(utterance, _resolver, _lexicon));

    /// <summary>The question after a context clause (the rule above), or null.</summary>
    private SampleMatch? AfterContextClause(IReadOnlyList<Token> tokens, string text, UtteranceWords utterance)
    {
        for (var start = 1; start < tokens.Count && start <= MaxContextClauseWords; start++)
        {
            var questionFirst = _lexicon.QuestionWords.Contains(_lexicon.Expand(tokens[start].Key)[0]);
            if (!questionFirst && !MayBeginPlaceFirstQuestion(tokens, start, utterance))
                continue;
            var words = Words(tokens.Skip(start).ToList(), text);
            var matcher = Matcher(words);
            var question = questionFirst ? BestExact(matcher) ?? BestNearMiss(matcher, words) : BestExact(matcher);
            if (question is not null && question.Captures.Count > 0 && question.Captures.All(capture => capture.Span.Resolves)
                && (questionFirst || IsPlaceFirstQuestion(question, tokens.Take(start).ToArray())))
            {
                return question;
            }
        }
        return null;
    }

    // Whether a question after a clause begins with its place and is a capital question of its own: an exact match (a clause
    // and a near miss are two guesses: "seit wann ist berlin die hauptstadt"), with a literal content
    // word (a bare place is no question: "وش شكل علم كندا", "welke landen grenzen aan oostenrijk"), and the clause names
    // no other place: the place meant may be the first ("جورجيا اللي جنب روسيا عاصمتها ايش" asks for Georgia's).
    private bool IsPlaceFirstQuestion(SampleMatch question, Token[] clause)
    {
        string[] clauseKeys = [.. clause.Select(token => token.Key)];
        return question.Sample.Parts.Any(IsContentLiteral) && HasContentWord(clauseKeys)
            && question.Captures.Any(capture => capture.Span.FirstToken == 0 && !MayEndLongerName(clause[^1], capture.Span.Key)
                && !NamesPlace(clauseKeys, capture.Span.Resolution!.TypeName));
    }

    // Each token's key as the lexicon reads it first (its first variant: "whats" -> "what").
    private string[] FirstReadings(IReadOnlyList<Token> tokens) => tokens.Select(token => _lexicon.Expand(token.Key)[0]).ToArray();

    // The tokens' keys as said, before the lexicon reads them (the not-place runs are compared with these).
    private static string[] SaidKeys(IReadOnlyList<Token> tokens) => [.. tokens.Select(token => token.Key)];

    // A clause says something: words of the lexicon alone before a place ("the france") are left to its data (articles).
    private bool HasContentWord(IEnumerable<string> keys) => keys.Any(key => KindAsRead(key) == WordKind.Content);

    private int ContentWordCount(IEnumerable<string> keys) => keys.Count(key => KindAsRead(key) == WordKind.Content);

    // The kind of a word as the lexicon reads it first (its first variant's word: "whats" is "what").
    private WordKind KindAsRead(string key) => _lexicon.KindOf(_lexicon.Expand(key)[0]);

    // Whether a run of these keys resolves to a value of the type, other than the values of except when given ("इनका जहाज़
    // कुवैत जा रहा है कुवैत की राजधानी बताओ" names one place twice) and the country they are in ("in indien die hauptstadt
    // von gujarat", "मास्टर्स करने जर्मनी जा रहा हूं थुरिंगिया की राजधानी": the country only says which place is meant).
    private bool NamesPlace(string[] keys, string type, SlotResolution? except = null) => PlaceRuns(keys, type, except).Any();

    // The runs of these keys (start, length) that resolve to a value of the type other than except's and their country.
    private IEnumerable<(int Start, int Length)> PlaceRuns(string[] keys, string type, SlotResolution? except) =>
        ResolvedRuns(keys, type)
            .Where(run => except is null || !(run.Found.Matches.Any(value => except.Matches.Any(meant => meant.Id == value.Id && meant.Name == value.Name))
                || IsCountryOf(run.Found, except)))
            .Select(run => (run.Start, run.Length));

    // The runs of these keys that name a place in a clause, with the values they resolve to. A function word of the
    // lexicon alone names no place there: Spanish and Portuguese "para" is "for", not the Brazilian state Pará ("para la
    // selectividad necesito la capital de ..."); nor does a run inside a not-place of several words ("अमेरिका" of "दक्षिण
    // अमेरिका").
    private IEnumerable<(int Start, int Length, SlotResolution Found)> ResolvedRuns(string[] keys, string type)
    {
        for (var start = 0; start < keys.Length; start++)
        {
            for (var length = 1; start + length <= keys.Length; length++)
            {
                if ((length == 1 && KindAsRead(keys[start]) == WordKind.Function) || _lexicon.IsInsideNotPlace(keys, start, start + length))
                    continue;
                if (_resolver.Resolve(type, string.Join(' ', keys, start, length)) is { IsMatch: true } found)
                    yield return (start, length, found);
            }
        }
    }

    // Whether every value found is the country of every value meant ("indien" for "gujarat"; "georgia", a country and a
    // state, has no one country).
    private static bool IsCountryOf(SlotResolution found, SlotResolution meant) =>
        found.Matches.All(value => meant.Matches.All(place => CapitalsData.Embedded.FindById(place.Id)?.Parent == value.Id));

    // Whether the question after a clause of 'start' tokens may begin with a place (the rule above): its first token is a
    // word of a place name, the token before it may precede a place, and the clause names nothing that is not a place
    // nor says a word of the samples in another sense ("मौसम", "capital punishment"): such a clause is what the
    // sentence is about.
    private bool MayBeginPlaceFirstQuestion(IReadOnlyList<Token> tokens, int start, UtteranceWords utterance) =>
        _readsPlaceAfterClause && _resolver.KnowsWord(tokens[start].Key) && MayPrecedePlace(tokens[start - 1])
            && !utterance.Words.Any(word => word.Token < start
                && (_lexicon.NotPlaces.Contains(word.Key) || (word.Id < 0 && _wordIds.ContainsKey(word.Key))));

    // Whether a place said right after this token is the place meant: not after a negation ("not france"), nor after a
    // word of a place name, of which it may be the end ("trinidad and tobago"), unless the token is written in hiragana
    // (Japanese writes names in katakana or kanji; hiragana and katakana fold to one key).
    private bool MayPrecedePlace(Token token)
    {
        var key = _lexicon.Expand(token.Key)[0];
        return !_lexicon.Repairs.Negations.Contains(key) && (!_resolver.KnowsWord(token.Key) || Tokenizer.IsHiragana(token));
    }

    // Whether a place of several words said after this token may be the end of a longer name said in another form: its
    // first word follows a content word in a name ("demokratischen republik kongo" is not "republik kongo"). A place of
    // one word is not held back so ("جمهورية كينيا" would hold back every Arabic place).
    private bool MayEndLongerName(Token before, string placeKey) =>
        !Tokenizer.IsHiragana(before) && placeKey.Contains(' ', StringComparison.Ordinal) && _resolver.FollowsAWordInAName(placeKey.Split(' ')[0]);

    /// <summary>Instead of an exact match whose value of a custom slot does not resolve: the extra-word rule's match when
    /// that value begins with its place, else the exact match of the utterance without the words before a place that ends
    /// the value ("सुन तो सैन मैरिनो"; not when those words name another place: "सर्बिया के पड़ोसी मोंटेनेग्रो" stays
    /// unresolved), else the place-reference rule's match when those values name one place only
    /// (<see cref="OnePlaceByTwoNames"/>), or null.</summary>
    private SampleMatch? PlaceInUnknownValue(SampleMatch exact, SampleMatcher matcher, UtteranceWords utterance)
    {
        if (UnknownValues(exact).All(capture => ListJoinWords(capture) is not null))
            return null;
        if (WithExtraWord(matcher, utterance) is { } extra && ReadsPlaceFirst(exact, extra))
            return extra;
        return _readsPlaceAfterClause && _model.FallbackSensitivity != FallbackSensitivity.High
            ? exact.Captures.Select(capture => WithPlaceEndingValue(exact.Sample, capture, utterance)).FirstOrDefault(match => match is not null)
                ?? OnePlaceByTwoNames(exact, utterance)
            : null;
    }

    // The place-reference rule's match when the unknown values name one place only, in two runs of words or more that
    // resolve ("बेचुआनालैंड जो अब बोत्सवाना है उसकी राजधानी बताओ": two of its names), and the rule reads that place; else
    // null. A value that names two places ("मोंटाना स्टेट अमेरिका की", a state and its country) is left to the skill, which
    // reads a place with its country.
    private SampleMatch? OnePlaceByTwoNames(SampleMatch exact, UtteranceWords utterance)
    {
        var runs = UnknownValues(exact).SelectMany(capture => ResolvedRuns(capture.Span.Key.Split(' '), capture.Span.Resolution!.TypeName)).ToList();
        var ids = runs.SelectMany(run => run.Found.Matches.Select(value => value.Id)).ToHashSet();
        return runs.Count >= 2 && ids.Count == 1 && WithPlaceReference(utterance.Tokens, utterance.Text) is { } match
            && match.Captures.Any(capture => capture.Span.Resolution!.Matches.Any(value => ids.Contains(value.Id))) ? match : null;
    }

    // The exact match without the words of the unknown value before the longest run of its last words that resolves, or
    // null: when no run does, a word before the run may end a longer name or is a negation, or the rest matches no sample
    // exactly with every value resolving and that run as the same slot's value. In a question that begins with its place,
    // the words before it may also end in a function word after a scene ("mon collègue revient de erevan c'est la
    // capitale de quoi") or be only "and" ("en gitega is de hoofdstad van welk land"): IsSceneBeforePlaceFirst.
    private SampleMatch? WithPlaceEndingValue(Sample sample, SlotCapture capture, UtteranceWords utterance)
    {
        if (capture.Span.Resolution is not { IsMatch: false } resolution)
            return null;
        var keys = capture.Span.Key.Split(' ');
        var tokens = utterance.Tokens;
        for (var drop = 1; drop < keys.Length; drop++)
        {
            var place = string.Join(' ', keys, drop, keys.Length - drop);
            if (_resolver.Resolve(resolution.TypeName, place) is not { IsMatch: true })
                continue;
            var before = capture.Span.FirstToken + drop;
            var saysScene = MayPrecedePlace(tokens[before - 1]) && HasContentWord(keys[..drop]);
            if (!(saysScene || (sample.Parts[0].SlotName == capture.SlotName && IsSceneBeforePlaceFirst(tokens, capture.Span.FirstToken, before)))
                || MayEndLongerName(tokens[before - 1], place) || NamesPlace(keys[..drop], resolution.TypeName))
            {
                return null;
            }
            var rest = tokens.Take(capture.Span.FirstToken).Concat(tokens.Skip(before)).ToList();
            var match = BestExact(Matcher(Words(rest, utterance.Text)));
            return match is not null && match.Captures.All(other => other.Span.Resolves)
                && match.Captures.Any(other => other.SlotName == capture.SlotName && other.Span.Key == place) ? match : null;
        }
        return null;
    }

    // Whether the tokens [start, place) before a place that begins a question are a scene ending in a function word, the
    // word before it a content word that is no word of a place name nor a negation ("revient de", "vroeger in"; not
    // "république de", where "de" ties two words of one name), or are only list words ("en", "y": a follow-up).
    private bool IsSceneBeforePlaceFirst(IReadOnlyList<Token> tokens, int start, int place) =>
        Enumerable.Range(start, place - start).All(index => _lexicon.IsListWord(tokens[index]))
        || (place - start >= 2 && KindAsRead(tokens[place - 1].Key) == WordKind.Function
            && KindAsRead(tokens[place - 2].Key) == WordKind.Content && MayPrecedePlace(tokens[place - 2]));

    /// <summary>The first of two slotless requests of one intent said back to back, or the second of a cancel and a stop
    /// (the rule above), or null.</summary>
    private SampleMatch? TwoRequestsOfOneIntent(IReadOnlyList<Token> tokens, string text)
    {
        for (var split = 1; split < tokens.Count; split++)
        {
            var first = BestExact(Matcher(Words(tokens.Take(split).ToList(), text)));
            if (first is null || first.Captures.Count > 0)
                continue;
            var second = BestExact(Matcher(Words(tokens.Skip(split).ToList(), text)));
            if (second is null || second.Captures.Count > 0)
                continue;
            if (second.Sample.IntentName == first.Sample.IntentName)
                return first;
            if (IsCancelAndStop(first.Sample.IntentName, second.Sample.IntentName))
                return second;
        }
        return null;
    }

    private static bool IsCancelAndStop(string first, string second) =>
        (first, second) is (BuiltInIntents.Stop, BuiltInIntents.Cancel) or (BuiltInIntents.Cancel, BuiltInIntents.Stop);

    private SampleMatch? BestExact(SampleMatcher matcher)
    {
        SampleMatch? best = null;
        List<SampleMatch>? oneResolvedValue = null;
        foreach (var sample in _exactMatchIndex.Candidates(matcher.Utterance))
        {
            if (Exact(sample, matcher) is not { } match)
                continue;
            if (match.Captures.Count == 1 && match.Cost.Unresolved == 0)
                (oneResolvedValue ??= []).Add(match);
            if (Beats(match, best))
                best = match;
        }
        return WithLongerPlaceName(best, oneResolvedValue);
    }

    // The best exact match, or the best of those with one resolved value that name another place in a longer value
    // (NamesLongerPlace).
    private static SampleMatch? WithLongerPlaceName(SampleMatch? best, List<SampleMatch>? matches)
    {
        if (best is null || matches is null)
            return best;
        SampleMatch? longer = null;
        foreach (var match in matches)
        {
            if (NamesLongerPlace(match, best) && Beats(match, longer))
                longer = match;
        }
        return longer ?? best;
    }

    // Whether a match of the same penalty names, in a longer value of the same slot, another place than the best match
    // whose sample held the value's other words as literals: "de staat mexico" and "मेक्सिको राज्य" are names of the
    // State of Mexico, which "de staat {country}" and "{country} राज्य" would read as the country. A longer value that
    // names one of the places of the shorter ("जॉर्जिया देश", Georgia the country, of "जॉर्जिया", a name of two places)
    // only says which one is meant, and the shorter one is kept (a first version that took it lost older lines: the
    // clause rule holds back a place of several words after a scene).
    private static bool NamesLongerPlace(SampleMatch match, SampleMatch best) =>
        match.Cost.Penalty == best.Cost.Penalty && match.Cost.Extra == best.Cost.Extra && match.Cost.Unresolved == 0
        && best.Cost.Unresolved == 0 && best.Captures.Count == 1 && match.Captures.Count == 1
        && match.Captures[0].SlotName == best.Captures[0].SlotName && Contains(match.Captures[0].Span, best.Captures[0].Span)
        && !PlaceIds(match.Captures[0].Span).Overlaps(PlaceIds(best.Captures[0].Span));

    // The ids of the places a resolved value names, a shared name's group id ("GE+US-GA") as its places.
    private static HashSet<string> PlaceIds(SlotSpan span) =>
        [.. span.Resolution!.Matches.SelectMany(value => (value.Id ?? value.Name).Split('+'))];

    // Whether a span takes every token of another and more (a span's WordCount is its tokens, as IsQuestionCore reads it;
    // its key may leave out words the speaker abandoned).
    private static bool Contains(SlotSpan outer, SlotSpan inner) =>
        outer.FirstToken <= inner.FirstToken && outer.FirstToken + outer.WordCount >= inner.FirstToken + inner.WordCount
        && outer.WordCount > inner.WordCount;

    /// <summary>Each sample need only be as close as the best near miss so far. A sample without slots is no near miss
    /// of an utterance with a word the model does not know at all: that word names what the request is about ("लाइट
    /// बंद कर दो", turn off the light), not a way of saying the sample.</summary>
    private SampleMatch? BestNearMiss(SampleMatcher matcher, UtteranceWords utterance)
    {
        var unknownWord = utterance.Words.Any(word => word.Kind == WordKind.Content && !IsKnownWord(word.Key));
        SampleMatch? best = null;
        foreach (var sample in _samples)
        {
            if (unknownWord && !sample.HasSlots)
                continue;
            if (NearMiss(sample, matcher, PenaltyBound(best)) is { } match && Beats(match, best))
                best = match;
        }
        return best;
    }

    /// <summary>The extra-word rule (above), or null.</summary>
    private SampleMatch? WithExtraWord(SampleMatcher matcher, UtteranceWords utterance)
    {
        if (!_readsExtraWords || _model.FallbackSensitivity == FallbackSensitivity.High)
            return null;
        var allowed = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        SampleMatch? best = null;
        foreach (var sample in _samples)
        {
            if (!sample.HasSlots || !sample.Parts.Any(IsContentLiteral) || sample.Parts.Any(IsBuiltInSlot))
                continue;
            if (!allowed.TryGetValue(sample.IntentName, out var extra))
                allowed[sample.IntentName] = extra = _extraWords.For(utterance, sample.IntentName);
            var match = matcher.Align(sample, _vocabularies[sample.IntentName], maxPenalty: 0, resolvedSlotsOnly: true, extra, MaxExtraWords);
            if (match is { Cost.Extra: > 0 } && match.Captures.All(capture => capture.Span.Resolves) && Beats(match, best))
                best = match;
        }
        return best;
    }

    private static bool IsContentLiteral(SamplePart part) => part.SlotName is null && part.Kind == WordKind.Content;

    private bool IsBuiltInSlot(SamplePart part) => part.SlotName is not null && !_resolver.IsCustomType(part.SlotType!);

    // Whether each value of the extra-word match begins the value of the same slot in the exact match ("kenia" of "kenia
    // trouwens"): a word said before the place may be part of its name ("demokratischen republik kongo" is not "republik
    // kongo"), and the skill reads the whole value.
    private static bool ReadsPlaceFirst(SampleMatch exact, SampleMatch extra) =>
        extra.Captures.All(capture => exact.Captures.Any(whole => whole.SlotName == capture.SlotName
            && (whole.Span.Key == capture.Span.Key || whole.Span.Key.StartsWith(capture.Span.Key + " ", StringComparison.Ordinal))));

    // An exact match whose value of a custom slot does not resolve: the extra-word rule may find the place in it.
    private static bool HasUnknownValue(SampleMatch match) => UnknownValues(match).Any();

    // The captures of a match whose value of a custom slot does not resolve.
    private static IEnumerable<SlotCapture> UnknownValues(SampleMatch match) => match.Captures.Where(capture => capture.Span.Resolution is { IsMatch: false });

    // In methods of their own: inline in the loops above, CA1508's flow analysis takes 'best' for always null.
    private static bool Beats(SampleMatch match, SampleMatch? best) => best is null || match.Cost < best.Cost;

    private static int PenaltyBound(SampleMatch? best) => best?.Cost.Penalty ?? MaxNearMissPenalty;

    private SampleMatch? Exact(Sample sample, SampleMatcher matcher)
    {
        var exact = matcher.Align(sample, _vocabularies[sample.IntentName], maxPenalty: 0, resolvedSlotsOnly: sample.IsSlotOnly || sample.HasSeveralSlots);
        if (exact is null)
            return null;
        var unresolvedWords = UnknownValues(exact).Sum(UnknownWordCount);
        return unresolvedWords <= sample.LiteralCount && (unresolvedWords == 0 || !IsModifiedNoun(sample)) ? exact : null;
    }

    /// <summary>How many words of a capture's value are known values of the slot's type: runs of its words that resolve,
    /// longest first, never overlapping (a second one at least two words long: a single character of a language without
    /// spaces is too easily part of another word). 0 when none is.</summary>
    private int KnownRunLength(SlotCapture capture) => KnownWords(capture)?.Count(known => known) ?? 0;

    /// <summary>Which words of a capture's value are known values of the slot's type or their name suffixes (the runs of
    /// <see cref="KnownRunLength"/>); null for a value of one word or of no type.</summary>
    /// <param name="everyPlace">Whether a run of one word after the first run counts too when it has three letters or more (a list
    /// names several places of one word: "السودان و جنوب السودان").</param>
    private bool[]? KnownWords(SlotCapture capture, bool everyPlace = false)
    {
        var type = capture.Span.Resolution?.TypeName;
        var words = capture.Span.Key.Split(' ');
        if (type is null || words.Length < 2)
            return null;
        var used = new bool[words.Length];
        var known = 0;
        for (var length = words.Length - 1; length >= 1 && (known == 0 || length >= 2 || everyPlace); length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                if (Array.IndexOf(used, true, start, length) >= 0 || (known > 0 && length == 1 && words[start].Length < 3))
                    continue;
                if (_resolver.Resolve(type, string.Join(' ', words, start, length)) is { IsMatch: true })
                {
                    Array.Fill(used, true, start, length);
                    known += length;
                    known += NameSuffixLength(words, start + length, used);
                }
            }
        }
        return used;
    }

    // The words of a value that does not resolve that count against a thin carrier: those outside its known values; of a
    // list, only joins longer than one word ("en die van"; "و", "and", "और" are no unknown words: "عواصم المغرب والجزائر وتونس").
    private int UnknownWordCount(SlotCapture capture) => ListJoinWords(capture) is { } list
        ? (list.Joins == list.Places - 1 ? 0 : list.Joins)
        : capture.Span.WordCount - KnownRunLength(capture);

    /// <summary>The words that join a list of known values said as one value ("السودان و جنوب السودان", "estland en die van
    /// letland", "नेपाल और भूटान"): the value begins and ends with a known value, holds two or more, and the words between
    /// two of them are at most <see cref="MaxListJoinWords"/>. Null when the value is no such list. Alexa's slot filling keeps
    /// such a value whole (the skill reads it as a list); its joining words are evidence of the list, not unknown words.</summary>
    private (int Joins, int Places)? ListJoinWords(SlotCapture capture)
    {
        if (capture.Span.Resolution is not { IsMatch: false } || KnownWords(capture, everyPlace: true) is not { } known || !known[0] || !known[^1])
            return null;
        var runs = 0;
        var joins = 0;
        var gap = 0;
        for (var i = 0; i < known.Length; i++)
        {
            if (known[i])
            {
                runs += i == 0 || gap > 0 ? 1 : 0;
                gap = 0;
                continue;
            }
            gap++;
            joins++;
            if (gap > MaxListJoinWords)
                return null;
        }
        return runs >= 2 ? (joins, runs) : null;
    }

    // The words of a formal name's suffix of the lexicon said at 'at', right after a known name ("ミャンマー" + "連邦共和国"),
    // marked as used; 0 when none is.
    private int NameSuffixLength(string[] words, int at, bool[] used)
    {
        foreach (var suffix in _lexicon.NameSuffixes)
        {
            if (at + suffix.Length > words.Length || Array.IndexOf(used, true, at, suffix.Length) >= 0
                || !words.AsSpan(at, suffix.Length).SequenceEqual(suffix))
            {
                continue;
            }
            Array.Fill(used, true, at, suffix.Length);
            return suffix.Length;
        }
        return 0;
    }

    /// <summary>One literal word after the slot ("{country} capital"): an unknown word before it reads as a modifier of
    /// that noun ("venture capital", "human capital"), not as a place.</summary>
    private static bool IsModifiedNoun(Sample sample)
    {
        if (sample.LiteralCount != 1)
            return false;
        var literal = Array.FindIndex(sample.Parts, part => part.SlotName is null && part.Kind != WordKind.Filler);
        var slot = Array.FindIndex(sample.Parts, part => part.SlotName is not null);
        return slot >= 0 && slot < literal;
    }

    private SampleMatch? NearMiss(Sample sample, SampleMatcher matcher, int bestPenalty)
    {
        var allowed = Math.Min(_nearMissAllowances[sample.Order], bestPenalty);
        if (allowed <= 0)
            return null;
        return matcher.Align(sample, _vocabularies[sample.IntentName], allowed, resolvedSlotsOnly: true);
    }

    // A word of the model's samples or slot values, or one the lexicon knows.
    private bool IsKnownWord(string key) => _wordIds.ContainsKey(key) || _resolver.KnowsWord(key) || _lexicon.Knows(key);

    private int WordId(string key)
    {
        if (!_wordIds.TryGetValue(key, out var id))
            _wordIds[key] = id = _wordIds.Count;
        return id;
    }

    /// <summary>Zero for a sample with a slot of a built-in type: its values never resolve.</summary>
    private int NearMissAllowance(Sample sample)
    {
        if (sample.Parts.Any(part => part.SlotName is not null && !_resolver.IsCustomType(part.SlotType!)))
            return 0;
        return _model.FallbackSensitivity switch
        {
            FallbackSensitivity.High => Math.Min(1, sample.Weight / 4),
            FallbackSensitivity.Medium => Math.Min(MaxNearMissPenalty - 1, sample.Weight / 3),
            _ => Math.Min(MaxNearMissPenalty, sample.Weight / 3),
        };
    }

    private List<FilledSlot> Slots(SampleMatch match)
    {
        var intent = _model.FindIntent(match.Sample.IntentName)!;
        return intent.Slots.Select(declared => match.Captures.FirstOrDefault(c => c.SlotName == declared.Name) is { } capture
            ? new FilledSlot(declared.Name, declared.Type, capture.Span.Value, capture.Span.Resolution)
            : new FilledSlot(declared.Name, declared.Type, null, null)).ToList();
    }

    private static List<FilledSlot> EmptySlots(ModelIntent intent) =>
        intent.Slots.Select(slot => new FilledSlot(slot.Name, slot.Type, null, null)).ToList();
}
