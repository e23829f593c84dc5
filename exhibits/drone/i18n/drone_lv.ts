<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
  <context>
    <name>DroneExhibit</name>
    <message>
      <source>by hand</source>
      <extracomment>Flights are recorded at this rate for the plot (enough for a smooth line, cheap to draw). The band around the target shown when no challenge asks for one.</extracomment>
      <translation>ar roku</translation>
    </message>
    <message>
      <source>{kind}: P {kp}, I {ki}, D {kd}</source>
      <translation>{kind}: P {kp}, I {ki}, D {kd}</translation>
    </message>
    <message>
      <source>By hand</source>
      <translation>Ar roku</translation>
    </message>
    <message>
      <source>Autopilot</source>
      <translation>Autopilots</translation>
    </message>
    <message>
      <source>Fly!</source>
      <translation>Lido!</translation>
    </message>
    <message>
      <source>Parcel {mass}</source>
      <translation>Paka {mass}</translation>
    </message>
    <message>
      <source>kg</source>
      <translation>kg</translation>
    </message>
    <message>
      <source>Gust of wind</source>
      <translation>Vēja brāzma</translation>
    </message>
    <message>
      <source>thrust</source>
      <translation>vilce</translation>
    </message>
    <message>
      <source>weight</source>
      <translation>svars</translation>
    </message>
    <message>
      <source>m</source>
      <translation>m</translation>
    </message>
    <message>
      <source>time, s</source>
      <translation>laiks, s</translation>
    </message>
    <message>
      <source>height, m</source>
      <translation>augstums, m</translation>
    </message>
    <message>
      <source>s</source>
      <translation>s</translation>
    </message>
    <message>
      <source>Challenge {number} of {total}</source>
      <translation>{number}. uzdevums no {total}</translation>
    </message>
    <message>
      <source>Free flight</source>
      <translation>Brīvais lidojums</translation>
    </message>
    <message>
      <source>All challenges solved! Fly freely: try strong gusts and odd gains.</source>
      <translation>Visi uzdevumi atrisināti! Lido brīvi: izmēģini stipras brāzmas un dīvainus iestatījumus.</translation>
    </message>
    <message>
      <source>Hovering by hand is done. Switch to Autopilot for the next challenges.</source>
      <translation>Lidināšanās ar roku izdevās. Nākamajiem uzdevumiem pārslēdz uz autopilotu.</translation>
    </message>
    <message>
      <source>The autopilot challenges are done. Try hovering By hand!</source>
      <translation>Autopilota uzdevumi izpildīti. Pamēģini lidināties ar roku!</translation>
    </message>
    <message>
      <source>cm</source>
      <translation>cm</translation>
    </message>
    <message>
      <source>Keep the drone between {low} and {high} for {seconds} with the throttle.</source>
      <translation>Ar vilces slīdni noturi dronu starp {low} un {high} {seconds} ilgi.</translation>
    </message>
    <message>
      <source>Tune the autopilot: reach {target} and stay within {band} of it before {seconds}.</source>
      <translation>Noregulē autopilotu: {seconds} laikā sasniedz {target} augstumu un paliec ne tālāk kā {band} no tā.</translation>
    </message>
    <message>
      <source>Carry the parcel: reach {target} and stay within {band} of it before {seconds}.</source>
      <translation>Nes paku: {seconds} laikā sasniedz {target} augstumu un paliec ne tālāk kā {band} no tā.</translation>
    </message>
    <message>
      <source>Gusts are coming! With the parcel, be within {band} of {target} by {seconds} and stay there through the wind.</source>
      <translation>Nāk vēja brāzmas! Ar paku {seconds} laikā nonāc ne tālāk kā {band} no {target} augstuma un noturies tur arī vējā.</translation>
    </message>
    <message>
      <source>Slide the throttle up to take off. When thrust equals weight, the drone hovers.</source>
      <translation>Pabīdi vilci uz augšu, lai paceltos. Kad vilce ir vienāda ar svaru, drons karājas uz vietas.</translation>
    </message>
    <message>
      <source>In the band: hold it there!</source>
      <translation>Joslā: noturi to tur!</translation>
    </message>
    <message>
      <source>Solved! You held a hover: thrust was equal to the weight.</source>
      <translation>Atrisināts! Tu noturēji dronu: vilce bija vienāda ar svaru.</translation>
    </message>
    <message>
      <source>Choose P, PI or PID, set the gains and press Fly.</source>
      <translation>Izvēlies P, PI vai PID, iestati koeficientus un spied „Lido!”.</translation>
    </message>
    <message>
      <source>Flying… watch the plot.</source>
      <translation>Lido… vēro grafiku.</translation>
    </message>
    <message>
      <source>Solved! It settled after {time}.</source>
      <translation>Atrisināts! Tas nostabilizējās pēc {time}.</translation>
    </message>
    <message>
      <source>It settled after {time}.</source>
      <translation>Tas nostabilizējās pēc {time}.</translation>
    </message>
    <message>
      <source>It settled after {time}: too slow. More P is quicker; more D calms the swing.</source>
      <translation>Tas nostabilizējās pēc {time}: par lēnu. Lielāks P ir ātrāks, lielāks D nomierina šūpošanos.</translation>
    </message>
    <message>
      <source>It keeps swinging around the target. Choose PID: the D term brakes.</source>
      <translation>Tas joprojām šūpojas ap mērķi. Izvēlies PID: D daļa bremzē.</translation>
    </message>
    <message>
      <source>It still swings. Try more D, or less P or I.</source>
      <translation>Tas vēl šūpojas. Pamēģini lielāku D vai mazāku P vai I.</translation>
    </message>
    <message>
      <source>It stays {error} off the target: the parcel is heavier than the autopilot expects. The I term fixes a lasting error.</source>
      <translation>Tas paliek {error} no mērķa: paka ir smagāka, nekā autopilots gaida. I daļa izlabo ilgstošu kļūdu.</translation>
    </message>
    <message>
      <source>It stays {error} off the target. Give I more strength.</source>
      <translation>Tas paliek {error} no mērķa. Palielini I.</translation>
    </message>
    <message>
      <source>The wind pushed it out of the band. More P and D fight back harder.</source>
      <translation>Vējš to izgrūda no joslas. Lielāki P un D pretojas stiprāk.</translation>
    </message>
    <message>
      <source>This challenge needs the parcel: switch it on and fly again.</source>
      <translation>Šim uzdevumam vajag paku: ieslēdz to un lido vēlreiz.</translation>
    </message>
    <message>
      <source>This challenge is without the parcel: switch it off and fly again.</source>
      <translation>Šis uzdevums ir bez pakas: izslēdz to un lido vēlreiz.</translation>
    </message>
    <message>
      <source>P: push towards the target</source>
      <translation>P: spiež uz mērķi</translation>
    </message>
    <message>
      <source>I: memory of a lasting error</source>
      <translation>I: kļūdas atmiņa</translation>
    </message>
    <message>
      <source>D: brake the speed</source>
      <translation>D: bremzē ātrumu</translation>
    </message>
    <message>
      <source>off</source>
      <translation>izslēgts</translation>
    </message>
    <message>
      <source>N</source>
      <translation>N</translation>
    </message>
    <message>
      <source>Throttle</source>
      <translation>Vilce</translation>
    </message>
    <message>
      <source>Thrust {thrust} {sign} weight {weight}</source>
      <translation>Vilce {thrust} {sign} svars {weight}</translation>
    </message>
    <message>
      <source>Height {height} · speed {speed} · thrust {thrust}</source>
      <translation>Augstums {height} · ātrums {speed} · vilce {thrust}</translation>
    </message>
    <message>
      <source>m/s</source>
      <translation>m/s</translation>
    </message>
  </context>
</TS>
