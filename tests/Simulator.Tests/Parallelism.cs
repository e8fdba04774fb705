// Fixtures run side by side (NUnit's default: one worker per core). Every fixture keeps its files under a name of its own
// and its endpoint on a port of its own, and the engines the fixtures share are read-only once built (LocalSkill).
[assembly: Parallelizable(ParallelScope.Fixtures)]
