using System.Text;
using WorldCapitals.Simulator.Model;
using WorldCapitals.Simulator.Nlu;

namespace WorldCapitals.Simulator.Tests.Support;

/// <summary>A small hand-written model, so NLU unit tests do not depend on the real model's samples.</summary>
internal static class TinyModel
{
    public const string Json = """
        {
          "interactionModel": {
            "languageModel": {
              "invocationName": "city guide",
              "intents": [
                { "name": "CapitalIntent", "slots": [ { "name": "country", "type": "COUNTRY" } ],
                  "samples": [ "{country}", "capital of {country}", "what is the capital of {country}", "{country} capital please",
                               "what is {country}'s capital", "what about {country}" ] },
                { "name": "WeatherIntent", "slots": [ { "name": "city", "type": "CITY" } ],
                  "samples": [ "weather in {city}", "what is the weather in {city}" ] },
                { "name": "TravelIntent", "slots": [ { "name": "city", "type": "CITY" } ],
                  "samples": [ "weather in {city}" ] },
                { "name": "RouteIntent", "slots": [ { "name": "from", "type": "CITY" }, { "name": "to", "type": "CITY" } ],
                  "samples": [ "from {from} to {to}" ] },
                { "name": "WhatIsIntent", "slots": [ { "name": "thing", "type": "AMAZON.SearchQuery" } ],
                  "samples": [ "what is {thing}" ] },
                { "name": "AMAZON.HelpIntent", "samples": [ "i am stuck" ] },
                { "name": "AMAZON.StopIntent", "samples": [] },
                { "name": "AMAZON.FallbackIntent", "samples": [] }
              ],
              "types": [
                { "name": "COUNTRY", "values": [
                  { "id": "FR", "name": { "value": "France", "synonyms": [ "French Republic" ] } },
                  { "id": "CI", "name": { "value": "Côte d’Ivoire", "synonyms": [ "Ivory Coast" ] } },
                  { "id": "GB", "name": { "value": "United Kingdom", "synonyms": [ "UK", "Britain" ] } }
                ] },
                { "name": "CITY", "values": [
                  { "id": "PAR", "name": { "value": "Paris", "synonyms": [] } },
                  { "id": "LYS", "name": { "value": "Lyon", "synonyms": [] } }
                ] }
              ]
            }
          }
        }
        """;

    public static InteractionModel Model { get; } = InteractionModelLoader.Parse(Encoding.UTF8.GetBytes(Json), "en-US");

    public static NluEngine Nlu { get; } = new(Model);
}
