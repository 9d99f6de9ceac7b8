/**
 * Whether `value` is one of `list`'s members, narrowing it to their type: `isOneOf(caseStatuses, text)`
 * tells a `CaseStatus` from any string without casting the list.
 */
export function isOneOf<Member extends Value, Value>(list: readonly Member[], value: Value): value is Member {
  return list.some((member) => member === value);
}
