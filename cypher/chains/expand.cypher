// One level of a dependency walk after the first (src/graphql/chains/walk.ts): chains/level
// from the nodes of $frontier. Params: $frontier [{ref, id, onlyDerived, noProduces}],
// $upstream (the metal's material ids, null without a metal), $refs {upstream, facilities,
// agreements} (chains/prepare's), and chains/level's. Slots: chains/level's ({{out}}, {{in}}).
WITH $frontier AS frontier, $upstream AS upstream, $refs AS refs
{{include chains/level}}
