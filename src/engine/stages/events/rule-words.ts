// Words and marks the rules compare token text with that no data table brings into the lexicon
// (vocabulary.test.ts checks every string literal of the rules is in it). A sentence view gives
// a token outside the lexicon no text, so a word missing here would never match.
export const RULE_WORDS: readonly string[] = [
  // marks
  ';', ':', '?', '!', '—', '–', '(', ')', '[', ']', '"', '“', '”', '‘', "'", ',', '.', '-', "'s", '’s',
  // determiners, quantifiers, pronouns
  'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'our', 'some', 'several', 'many', 'other', 'another', 'any',
  'each', 'every', 'such', 'all', 'both', 'least', 'nearly', 'almost', 'more', 'less', 'than', 'two', 'three', 'four', 'five', 'dozens', 'hundreds',
  'thousands', 'scores', 'first', 'last', 'next', 'itself', 'themselves', 'me',
  // prepositions and conjunctions
  'in', 'of', 'at', 'from', 'near', 'for', 'with', 'by', 'against', 'into', 'across', 'inside', 'outside', 'over', 'under', 'between',
  'toward', 'towards', 'throughout', 'within', 'around', 'among', 'about', 'during', 'via', 'like', 'through', 'and', 'but', 'or', 'so',
  // auxiliaries and verbs the clause readers name
  'has', 'have', 'had', 'does', 'do', 'did', 'remains', 'remain', 'remained', 'continue', 'move', 'consider', 'decide',
  // past forms after an -ing subject (assign-roles.ts)
  'broke', 'began', 'begun', 'spread', 'rose', 'grew', 'went', 'came', 'erupted', 'resumed', 'ended', 'continued', 'intensified', 'escalated',
  'flared', 'subsided', 'killed', 'left', 'forced', 'displaced',
  // verbs after "declined to" that withhold words (compose-events.ts)
  'comment', 'elaborate', 'disclose', 'specify', 'confirm', 'answer', 'identify', 'name', 'speculate',
  // adverbs
  'also', 'still', 'now', 'already', 'then', 'soon', 'only', 'once', 'again', 'too', 'instead', 'yesterday', 'today', 'tonight',
  'overnight', 'yet', 'earlier', 'later', 'early', 'late', 'probably', 'immediately', 'longer', 'ultimately', 'eventually', 'jointly',
  'quickly', 'routinely', 'formally', 'officially',
  // place nouns a name follows ("the Ukrainian region of X", assign-roles.ts)
  'region', 'province', 'city', 'town', 'district', 'port', 'state', 'county', 'island', 'village', 'capital',
  // modifiers
  'able', 'loyal', 'allied', 'linked', 'affiliated', 'further', 'recent', 'latest', 'fresh', 'deadly', 'major', 'similar', 'formal',
  'peace', 'control', 'right', 'rights', 'freedom', 'free-trade', 'economic', 'financial', 'emergency', 'direct', 'joint', 'coordinated', 'large-scale', 'renewed',
  // aid goods and things said after "deliver" (find-triggers.ts)
  'aid', 'food', 'supplies', 'weapons', 'arms', 'fuel', 'medicine', 'medicines', 'ammunition', 'water', 'equipment', 'vaccines', 'goods',
  'shipments', 'tents', 'grain', 'wheat', 'systems', 'missiles', 'tanks', 'assistance', 'relief', 'cash', 'help', 'message', 'speech', 'address',
  'money', 'funds', 'funding', 'loan', 'loans', 'credit', 'asylum', 'shelter', 'rice', 'blankets', 'doses', 'tonnes', 'tons', 'million', 'billion',
  'vehicles', 'aircraft', 'jets', 'helicopters', 'drones', 'artillery', 'radar', 'troops', 'training', 'intelligence', '$', '€', '£',
  // the press (compose-events.ts PRESS), plural group words
  'journalists', 'reporters', 'press', 'media', 'correspondents', 'newsmen', 'newspaper', 'newspapers', 'both', 'sides', 'parties', 'discuss', 'needcomp',
  // force words that keep "strike" an attack (find-triggers.ts FORCE_WORDS)
  'air', 'missile', 'drone', 'military', 'army', 'forces', 'bomb', 'bombs', 'rocket', 'rockets', 'killed', 'wounded', 'militants', 'targets',
  'warning', 'verdict', 'ultimatum', 'remarks', 'statement', 'blow', 'results', 'promise', 'promises',
  // other literals of the rules (kinds, flags, codes, suffixes): never compared with a token, harmless here
  'w', 'p', 'n', 'v', 's', 'ly', 'ing', 'ed', 'en', 'ies', 'ion', 'ions', 'ment', 'ments', 'date', 'article', 'pronoun', 'demonym', 'capital', 'org', 'sector', 'subjtarget', 'source',
  'location', 'recip', 'consequence', 'intransitive', 'coop', 'conflict', 'conditional', 'verb', 'noun', 'gov-threat', 'gov-intent', 'gov-prepare', 'gov-reject',
  'gov-request', 'gov-accuse', 'gov-deny', 'needprep', 'contest', 'question', 'objactor', 'topic', '030', '100', '120', '130', '143', '150',
];
