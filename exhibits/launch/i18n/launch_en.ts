<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>LaunchExhibit</name>
    <message>
        <source>The buoy</source>
        <extracomment>The ball flies a little faster than real time, so no visitor waits long for it to land. How long a cleared level is celebrated before the next one appears.</extracomment>
        <translation>The buoy</translation>
    </message>
    <message>
        <source>The cargo ship</source>
        <translation>The cargo ship</translation>
    </message>
    <message>
        <source>Behind the containers</source>
        <translation>Behind the containers</translation>
    </message>
    <message>
        <source>From the lighthouse</source>
        <translation>From the lighthouse</translation>
    </message>
    <message>
        <source>A sailing ship</source>
        <translation>A sailing ship</translation>
    </message>
    <message>
        <source>Air resistance</source>
        <translation>Air resistance</translation>
    </message>
    <message>
        <source>Hit the buoy in the harbour!</source>
        <translation>Hit the buoy in the harbour!</translation>
    </message>
    <message>
        <source>Reach the cargo ship far out at sea.</source>
        <translation>Reach the cargo ship far out at sea.</translation>
    </message>
    <message>
        <source>Lob the ball over the containers onto the boat.</source>
        <translation>Lob the ball over the containers onto the boat.</translation>
    </message>
    <message>
        <source>Shoot from the top of the lighthouse to the boat.</source>
        <translation>Shoot from the top of the lighthouse to the boat.</translation>
    </message>
    <message>
        <source>The ship sails to and fro: launch at the right moment!</source>
        <translation>The ship sails to and fro: launch at the right moment!</translation>
    </message>
    <message>
        <source>Now the air slows the ball down. Fly over the crane!</source>
        <translation>Now the air slows the ball down. Fly over the crane!</translation>
    </message>
    <message>
        <source>Hit the target!</source>
        <translation>Hit the target!</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>You cleared every level! Try them again with fewer shots.</source>
        <translation>You cleared every level! Try them again with fewer shots.</translation>
    </message>
    <message>
        <source>Watch it fly…</source>
        <translation>Watch it fly…</translation>
    </message>
    <message>
        <source>Hit with the first shot! Perfect!</source>
        <translation>Hit with the first shot! Perfect!</translation>
    </message>
    <message>
        <source>Hit! Level cleared. Shots used: {shots}.</source>
        <translation>Hit! Level cleared. Shots used: {shots}.</translation>
    </message>
    <message>
        <source>Bang! The ball hit the crane. Try a steeper angle.</source>
        <translation>Bang! The ball hit the crane. Try a steeper angle.</translation>
    </message>
    <message>
        <source>Bang! The ball hit the containers. Try a steeper angle.</source>
        <translation>Bang! The ball hit the containers. Try a steeper angle.</translation>
    </message>
    <message>
        <source>Whoosh, out of the port! Less speed.</source>
        <translation>Whoosh, out of the port! Less speed.</translation>
    </message>
    <message>
        <source>Splash! {distance} too short.</source>
        <translation>Splash! {distance} too short.</translation>
    </message>
    <message>
        <source>Splash! {distance} too far.</source>
        <translation>Splash! {distance} too far.</translation>
    </message>
    <message>
        <source>Launch!</source>
        <translation>Launch!</translation>
    </message>
    <message>
        <source>Level {number} of {total}: {name}</source>
        <translation>Level {number} of {total}: {name}</translation>
    </message>
    <message>
        <source>Shots: {shots}</source>
        <translation>Shots: {shots}</translation>
    </message>
    <message>
        <source>Last shot: {distance} far, {height} high, {time} in the air</source>
        <translation>Last shot: {distance} far, {height} high, {time} in the air</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Drag the arrow or use the sliders to aim.</source>
        <translation>Drag the arrow or use the sliders to aim.</translation>
    </message>
    <message>
        <source>Flat ground, no air: v²·sin 2θ / g = {distance}</source>
        <translation>Flat ground, no air: v²·sin 2θ / g = {distance}</translation>
    </message>
    <message>
        <source>Angle θ</source>
        <translation>Angle θ</translation>
    </message>
    <message>
        <source>Speed v</source>
        <translation>Speed v</translation>
    </message>
    <message>
        <source>m/s</source>
        <translation>m/s</translation>
    </message>
    <message>
        <source>Hit!</source>
        <translation>Hit!</translation>
    </message>
</context>
<context>
    <name>PortScene</name>
    <message>
        <source>m</source>
        <extracomment>Share of the height below the waterline (the sea and the distance ruler). Room left of the launcher (its dome, the quay, the height ruler), in pixels at the reference size. Room above the highest flight (the ball, the target&apos;s marker), in pixels at the reference size. The aim is drawn large in the free sky when that is at least this share of the scene (a tall screen). ... and the fastest aim would be drawn at least this long (pixels at the reference size). Seconds in which the camera goes most of the way to a new frame (a high ball, back to the level). Every n-th recorded point of a path becomes a dot of the trail. The aim drawn large in the sky (a tall screen): its foot, pixels per m/s, and the area a drag may start in.</extracomment>
        <translation>m</translation>
    </message>
    <message>
        <source>m/s</source>
        <translation>m/s</translation>
    </message>
    <message>
        <source>Highest point without air: v²·sin²θ / 2g = {height}</source>
        <translation>Highest point without air: v²·sin²θ / 2g = {height}</translation>
    </message>
</context>
</TS>
