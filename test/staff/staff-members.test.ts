import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { accessRequest, countRows, request, staffJson, staffRequest } from "../helpers";
import { expectError, expectInvalid, expectJson, expectStatus, shapes } from "../http";

type StaffMember = z.output<typeof shapes.staffMember>;

async function listStaff(): Promise<StaffMember[]> {
  return (await expectJson(await staffRequest("/api/v1/staff"), 200, shapes.staffMembers)).staff;
}

const COORDINATOR = "new.coordinator@demo-pa.example.org";
const DIRECTOR = "director@network.example.org";
let coordinator: StaffMember;
let director: StaffMember;

describe("staff members: happy path", () => {
  it("network staff list staff members (none yet in a fresh network)", async () => {
    expect(await listStaff()).toEqual([]);
  });

  it("network staff add an organization staff member → 201, identity lowercased, listed", async () => {
    coordinator = await expectJson(
      await staffJson("/api/v1/staff", "POST", {
        identity: "  New.Coordinator@Demo-PA.example.org ",
        name: "New Coordinator",
        organization: "demo-pa",
      }),
      201,
      shapes.staffMember,
    );
    expect(coordinator).toEqual({
      id: expect.any(String),
      identity: COORDINATOR,
      name: "New Coordinator",
      organization: "demo-pa",
      active: true,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(await listStaff()).toEqual([coordinator]);
  });

  it("network staff add another network staff member (no organization)", async () => {
    director = await expectJson(
      await staffJson("/api/v1/staff", "POST", { identity: DIRECTOR, name: "Network Director" }),
      201,
      shapes.staffMember,
    );
    expect(director).toMatchObject({ identity: DIRECTOR, organization: null, active: true });
    const listed = await listStaff();
    expect(listed).toHaveLength(2);
    expect(listed).toEqual(expect.arrayContaining([coordinator, director]));
  });

  it("the added organization staff member signs in with Access: their cases (200), not another organization's", async () => {
    const own = await expectJson(await accessRequest(COORDINATOR, "/api/v1/cases"), 200, shapes.queuePage);
    expect(own).toEqual({ cases: [], nextCursor: null });
    await expectStatus(await accessRequest(COORDINATOR, "/api/v1/organizations/demo-pa"), 200);
    await expectError(await accessRequest(COORDINATOR, "/api/v1/organizations/demo-uk"), 403, "forbidden");
  });

  it("the added network staff member signs in with Access and manages staff", async () => {
    const list = await expectJson(await accessRequest(DIRECTOR, "/api/v1/staff"), 200, shapes.staffMembers);
    expect(list.staff.map((s) => s.identity).sort()).toEqual([DIRECTOR, COORDINATOR]);
  });

  it("PATCH renames a staff member", async () => {
    const renamed = await expectJson(
      await staffJson(`/api/v1/staff/${coordinator.id}`, "PATCH", { name: "Renamed Coordinator" }),
      200,
      shapes.staffMember,
    );
    expect(renamed).toEqual({ ...coordinator, name: "Renamed Coordinator" });
    coordinator = renamed;
  });

  it("after PATCH active=false they get 403; reactivated, they are let in again", async () => {
    const off = await expectJson(
      await staffJson(`/api/v1/staff/${coordinator.id}`, "PATCH", { active: false }),
      200,
      shapes.staffMember,
    );
    expect(off).toEqual({ ...coordinator, active: false });
    expect((await listStaff()).find((s) => s.id === coordinator.id)?.active).toBe(false);
    await expectError(await accessRequest(COORDINATOR, "/api/v1/cases"), 403, "forbidden");
    await expectError(await accessRequest(COORDINATOR, "/api/v1/organizations/demo-pa"), 403, "forbidden");

    const on = await expectJson(
      await staffJson(`/api/v1/staff/${coordinator.id}`, "PATCH", { active: true }),
      200,
      shapes.staffMember,
    );
    expect(on.active).toBe(true);
    await expectStatus(await accessRequest(COORDINATOR, "/api/v1/cases"), 200);
  });
});

describe("staff members: bad input", () => {
  it("adding an identity twice → 409, whatever its case; one row stays", async () => {
    for (const identity of [COORDINATOR, "NEW.COORDINATOR@demo-pa.example.org"]) {
      await expectError(
        await staffJson("/api/v1/staff", "POST", { identity, name: "Twice", organization: "demo-uk" }),
        409,
        "conflict",
      );
    }
    expect(await countRows("staff", "identity = ?", COORDINATOR)).toBe(1);
    expect((await listStaff()).find((s) => s.identity === COORDINATOR)).toMatchObject({
      name: "Renamed Coordinator",
      organization: "demo-pa",
    });
  });

  it("an unknown organization → 400 naming organization, and nobody is added", async () => {
    const before = await countRows("staff");
    await expectInvalid(
      await staffJson("/api/v1/staff", "POST", {
        identity: "someone@nowhere.example.org",
        name: "Someone",
        organization: "no-such-org",
      }),
      ["organization"],
    );
    expect(await countRows("staff")).toBe(before);
    await expectError(await accessRequest("someone@nowhere.example.org", "/api/v1/cases"), 403, "forbidden");
  });

  it.each([
    ["an identity too short", { identity: "ab", name: "Short" }, ["identity"]],
    ["an empty name", { identity: "noname@example.org", name: "" }, ["name"]],
    ["no identity and no name", {}, ["identity", "name"]],
    [
      "an organization that is not a string",
      { identity: "num@example.org", name: "Num", organization: 7 },
      ["organization"],
    ],
  ])("adding with %s → 400 naming the field, and nobody is added", async (_, body, paths) => {
    const before = await countRows("staff");
    await expectInvalid(await staffJson("/api/v1/staff", "POST", body), paths);
    expect(await countRows("staff")).toBe(before);
  });

  it("PATCH with bad input → 400, and the member is unchanged", async () => {
    await expectInvalid(await staffJson(`/api/v1/staff/${coordinator.id}`, "PATCH", { active: "no" }), ["active"]);
    await expectInvalid(await staffJson(`/api/v1/staff/${coordinator.id}`, "PATCH", { name: "  " }), ["name"]);
    expect((await listStaff()).find((s) => s.id === coordinator.id)).toEqual(coordinator);
  });

  it("PATCH an unknown staff member → 404", async () => {
    await expectError(await staffJson("/api/v1/staff/no-such-member", "PATCH", { active: false }), 404, "not_found");
  });
});

describe("staff members: permissions", () => {
  it("organization staff may not list, add or change staff members (403)", async () => {
    const before = await listStaff();
    await expectError(await accessRequest(COORDINATOR, "/api/v1/staff"), 403, "forbidden");
    await expectError(
      await accessRequest(COORDINATOR, "/api/v1/staff", "POST", { identity: "friend@example.org", name: "Friend" }),
      403,
      "forbidden",
    );
    await expectError(
      await accessRequest(COORDINATOR, `/api/v1/staff/${director.id}`, "PATCH", { active: false }),
      403,
      "forbidden",
    );
    expect(await listStaff()).toEqual(before);
  });

  it("without credentials → 401", async () => {
    await expectError(await request("/api/v1/staff"), 401, "unauthorized");
    await expectError(
      await request("/api/v1/staff", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ identity: "anon@example.org", name: "Anon" }),
      }),
      401,
      "unauthorized",
    );
  });
});
