// A scheme's short name from its id alone ('expert-opinion' → "Expert opinion"), so the badge on
// a relation needs nothing from the catalogue (which loads with the inspector's scheme section).
export function schemeShortName(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
