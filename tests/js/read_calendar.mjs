// Reads an iCalendar file from standard input with ical.js, as Thunderbird does,
// and prints as JSON what a reader shows: the calendar's names and each event's texts.
import ICAL from "ical.js";
import fs from "node:fs";

const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(0, "utf8")));
const values = (component, name) =>
  component.getAllProperties(name).map((property) => property.getFirstValue());
console.log(
  JSON.stringify({
    name: values(calendar, "name"),
    "x-wr-calname": values(calendar, "x-wr-calname"),
    events: calendar.getAllSubcomponents("vevent").map((event) => ({
      uid: event.getFirstPropertyValue("uid"),
      summary: event.getFirstPropertyValue("summary"),
      location: event.getFirstPropertyValue("location"),
      description: event.getFirstPropertyValue("description"),
    })),
  }),
);
