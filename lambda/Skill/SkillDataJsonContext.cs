using System.Text.Json.Serialization;
using WorldCapitals.Skill.Speech;

namespace WorldCapitals.Skill;

/// <summary>Source-generated JSON metadata for the skill's embedded data files.</summary>
[JsonSourceGenerationOptions(ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(LocaleSpeech))]
internal sealed partial class SkillDataJsonContext : JsonSerializerContext;
