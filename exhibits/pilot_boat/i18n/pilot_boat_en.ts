<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>PilotBoatExhibit</name>
    <message>
      <source>Clear</source>
      <extracomment>Seconds between two program steps while the program runs (time to follow the lit block).</extracomment>
      <translation>Clear</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>Next trip</source>
      <translation>Next trip</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Forward</translation>
    </message>
    <message>
      <source>Turn left</source>
      <translation>Turn left</translation>
    </message>
    <message>
      <source>Turn right</source>
      <translation>Turn right</translation>
    </message>
    <message>
      <source>Repeat</source>
      <translation>Repeat</translation>
    </message>
    <message>
      <source>If buoy ahead</source>
      <translation>If buoy ahead</translation>
    </message>
    <message>
      <source>Tap or drag blocks here to build the program.</source>
      <translation>Tap or drag blocks here to build the program.</translation>
    </message>
    <message>
      <source>Let go to remove</source>
      <translation>Let go to remove</translation>
    </message>
    <message>
      <source>Steer the pilot boat from the pilot station to the ship. Add blocks: forward, turn, forward.</source>
      <translation>Steer the pilot boat from the pilot station to the ship. Add blocks: forward, turn, forward.</translation>
    </message>
    <message>
      <source>A long channel, but only {blocks} blocks fit. Put Forward inside Repeat.</source>
      <translation>A long channel, but only {blocks} blocks fit. Put Forward inside Repeat.</translation>
    </message>
    <message>
      <source>Zig-zag between the piers with at most {blocks} blocks: repeat a pattern.</source>
      <translation>Zig-zag between the piers with at most {blocks} blocks: repeat a pattern.</translation>
    </message>
    <message>
      <source>Buoys show where to turn. Only {blocks} blocks: inside Repeat, check If buoy ahead, then go Forward.</source>
      <translation>Buoys show where to turn. Only {blocks} blocks: inside Repeat, check If buoy ahead, then go Forward.</translation>
    </message>
    <message>
      <source>Out through the harbour mouth to the ship at sea. Here the buoys mean: turn left.</source>
      <translation>Out through the harbour mouth to the ship at sea. Here the buoys mean: turn left.</translation>
    </message>
    <message>
      <source>Build the program, then tap Run or Step.</source>
      <translation>Build the program, then tap Run or Step.</translation>
    </message>
    <message>
      <source>The program is empty: tap a block to add it.</source>
      <translation>The program is empty: tap a block to add it.</translation>
    </message>
    <message>
      <source>The boat follows your program: watch the lit block.</source>
      <translation>The boat follows your program: watch the lit block.</translation>
    </message>
    <message>
      <source>Step {steps}: tap Step again for the next block.</source>
      <translation>Step {steps}: tap Step again for the next block.</translation>
    </message>
    <message>
      <source>Paused. Tap Run to go on, or Step for one block.</source>
      <translation>Paused. Tap Run to go on, or Step for one block.</translation>
    </message>
    <message>
      <source>This trip allows only {blocks} blocks. Can a Repeat do it with fewer?</source>
      <translation>This trip allows only {blocks} blocks. Can a Repeat do it with fewer?</translation>
    </message>
    <message>
      <source>The boat is under way: tap Stop to change the program.</source>
      <translation>The boat is under way: tap Stop to change the program.</translation>
    </message>
    <message>
      <source>Alongside! The pilot climbs aboard the ship. Well done!</source>
      <translation>Alongside! The pilot climbs aboard the ship. Well done!</translation>
    </message>
    <message>
      <source>Bump! The boat hit the pier. Change the program and try again.</source>
      <translation>Bump! The boat hit the pier. Change the program and try again.</translation>
    </message>
    <message>
      <source>Bump! The boat hit a buoy. Turn before it.</source>
      <translation>Bump! The boat hit a buoy. Turn before it.</translation>
    </message>
    <message>
      <source>The boat sailed off the chart. Turn the other way?</source>
      <translation>The boat sailed off the chart. Turn the other way?</translation>
    </message>
    <message>
      <source>Out of steps! This trip has fuel for {steps} steps. Does a Repeat run too often?</source>
      <translation>Out of steps! This trip has fuel for {steps} steps. Does a Repeat run too often?</translation>
    </message>
    <message>
      <source>The program ended before the boat reached the ship. Add more blocks.</source>
      <translation>The program ended before the boat reached the ship. Add more blocks.</translation>
    </message>
    <message>
      <source>Trip {number} of {total}</source>
      <translation>Trip {number} of {total}</translation>
    </message>
    <message>
      <source>Blocks: {used} of {most}.</source>
      <translation>Blocks: {used} of {most}.</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Stop</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>Run</translation>
    </message>
  </context>
</TS>
