export const knownScalarSources = [
    {
        // `scalar :datetime, name: "DateTime"`, `scalar :naive_datetime, name: "NaiveDateTime"`,
        // `scalar :date`, `scalar :time`, and `scalar :decimal` when Decimal is loaded (Ash depends on it).
        package: 'absinthe',
        version: '1.11.0',
        files: ['lib/absinthe/type/custom.ex'],
        scalars: ['DateTime', 'NaiveDateTime', 'Date', 'Time', 'Decimal']
    },
    {
        // `scalar :json, name: "Json"`, `scalar :json_string, name: "JsonString"`.
        package: 'ash_graphql',
        version: '1.10.1',
        files: ['lib/types/json.ex', 'lib/types/json_string.ex'],
        scalars: ['Json', 'JsonString']
    }
];
/** The scalars' names, in the order above. */
export const knownScalars = knownScalarSources.flatMap((source) => source.scalars);
