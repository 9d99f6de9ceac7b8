import { it, expect } from "vitest"; it("boots", () => expect(1).toBe(1));
