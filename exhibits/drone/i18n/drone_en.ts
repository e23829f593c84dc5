<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>DroneExhibit</name>
    <message>
      <source>by hand</source>
      <extracomment>Flights are recorded at this rate for the plot (enough for a smooth line, cheap to draw). The band around the target shown when no challenge asks for one.</extracomment>
      <translation>by hand</translation>
    </message>
    <message>
      <source>{kind}: P {kp}, I {ki}, D {kd}</source>
      <translation>{kind}: P {kp}, I {ki}, D {kd}</translation>
    </message>
    <message>
      <source>By hand</source>
      <translation>By hand</translation>
    </message>
    <message>
      <source>Autopilot</source>
      <translation>Autopilot</translation>
    </message>
    <message>
      <source>Fly!</source>
      <translation>Fly!</translation>
    </message>
    <message>
      <source>Parcel {mass}</source>
      <translation>Parcel {mass}</translation>
    </message>
    <message>
      <source>kg</source>
      <translation>kg</translation>
    </message>
    <message>
      <source>Gust of wind</source>
      <translation>Gust of wind</translation>
    </message>
    <message>
      <source>thrust</source>
      <translation>thrust</translation>
    </message>
    <message>
      <source>weight</source>
      <translation>weight</translation>
    </message>
    <message>
      <source>m</source>
      <translation>m</translation>
    </message>
    <message>
      <source>time, s</source>
      <translation>time, s</translation>
    </message>
    <message>
      <source>height, m</source>
      <translation>height, m</translation>
    </message>
    <message>
      <source>s</source>
      <translation>s</translation>
    </message>
    <message>
      <source>Challenge {number} of {total}</source>
      <translation>Challenge {number} of {total}</translation>
    </message>
    <message>
      <source>Free flight</source>
      <translation>Free flight</translation>
    </message>
    <message>
      <source>All challenges solved! Fly freely: try strong gusts and odd gains.</source>
      <translation>All challenges solved! Fly freely: try strong gusts and odd gains.</translation>
    </message>
    <message>
      <source>Hovering by hand is done. Switch to Autopilot for the next challenges.</source>
      <translation>Hovering by hand is done. Switch to Autopilot for the next challenges.</translation>
    </message>
    <message>
      <source>The autopilot challenges are done. Try hovering By hand!</source>
      <translation>The autopilot challenges are done. Try hovering By hand!</translation>
    </message>
    <message>
      <source>cm</source>
      <translation>cm</translation>
    </message>
    <message>
      <source>Keep the drone between {low} and {high} for {seconds} with the throttle.</source>
      <translation>Keep the drone between {low} and {high} for {seconds} with the throttle.</translation>
    </message>
    <message>
      <source>Tune the autopilot: reach {target} and stay within {band} of it before {seconds}.</source>
      <translation>Tune the autopilot: reach {target} and stay within {band} of it before {seconds}.</translation>
    </message>
    <message>
      <source>Carry the parcel: reach {target} and stay within {band} of it before {seconds}.</source>
      <translation>Carry the parcel: reach {target} and stay within {band} of it before {seconds}.</translation>
    </message>
    <message>
      <source>Gusts are coming! With the parcel, be within {band} of {target} by {seconds} and stay there through the wind.</source>
      <translation>Gusts are coming! With the parcel, be within {band} of {target} by {seconds} and stay there through the wind.</translation>
    </message>
    <message>
      <source>Slide the throttle up to take off. When thrust equals weight, the drone hovers.</source>
      <translation>Slide the throttle up to take off. When thrust equals weight, the drone hovers.</translation>
    </message>
    <message>
      <source>In the band: hold it there!</source>
      <translation>In the band: hold it there!</translation>
    </message>
    <message>
      <source>Solved! You held a hover: thrust was equal to the weight.</source>
      <translation>Solved! You held a hover: thrust was equal to the weight.</translation>
    </message>
    <message>
      <source>Choose P, PI or PID, set the gains and press Fly.</source>
      <translation>Choose P, PI or PID, set the gains and press Fly.</translation>
    </message>
    <message>
      <source>Flying… watch the plot.</source>
      <translation>Flying… watch the plot.</translation>
    </message>
    <message>
      <source>Solved! It settled after {time}.</source>
      <translation>Solved! It settled after {time}.</translation>
    </message>
    <message>
      <source>It settled after {time}.</source>
      <translation>It settled after {time}.</translation>
    </message>
    <message>
      <source>It settled after {time}: too slow. More P is quicker; more D calms the swing.</source>
      <translation>It settled after {time}: too slow. More P is quicker; more D calms the swing.</translation>
    </message>
    <message>
      <source>It keeps swinging around the target. Choose PID: the D term brakes.</source>
      <translation>It keeps swinging around the target. Choose PID: the D term brakes.</translation>
    </message>
    <message>
      <source>It still swings. Try more D, or less P or I.</source>
      <translation>It still swings. Try more D, or less P or I.</translation>
    </message>
    <message>
      <source>It stays {error} off the target: the parcel is heavier than the autopilot expects. The I term fixes a lasting error.</source>
      <translation>It stays {error} off the target: the parcel is heavier than the autopilot expects. The I term fixes a lasting error.</translation>
    </message>
    <message>
      <source>It stays {error} off the target. Give I more strength.</source>
      <translation>It stays {error} off the target. Give I more strength.</translation>
    </message>
    <message>
      <source>The wind pushed it out of the band. More P and D fight back harder.</source>
      <translation>The wind pushed it out of the band. More P and D fight back harder.</translation>
    </message>
    <message>
      <source>This challenge needs the parcel: switch it on and fly again.</source>
      <translation>This challenge needs the parcel: switch it on and fly again.</translation>
    </message>
    <message>
      <source>This challenge is without the parcel: switch it off and fly again.</source>
      <translation>This challenge is without the parcel: switch it off and fly again.</translation>
    </message>
    <message>
      <source>P: push towards the target</source>
      <translation>P: push towards the target</translation>
    </message>
    <message>
      <source>I: memory of a lasting error</source>
      <translation>I: memory of a lasting error</translation>
    </message>
    <message>
      <source>D: brake the speed</source>
      <translation>D: brake the speed</translation>
    </message>
    <message>
      <source>off</source>
      <translation>off</translation>
    </message>
    <message>
      <source>N</source>
      <translation>N</translation>
    </message>
    <message>
      <source>Throttle</source>
      <translation>Throttle</translation>
    </message>
    <message>
      <source>Thrust {thrust} {sign} weight {weight}</source>
      <translation>Thrust {thrust} {sign} weight {weight}</translation>
    </message>
    <message>
      <source>Height {height} · speed {speed} · thrust {thrust}</source>
      <translation>Height {height} · speed {speed} · thrust {thrust}</translation>
    </message>
    <message>
      <source>m/s</source>
      <translation>m/s</translation>
    </message>
  </context>
</TS>
