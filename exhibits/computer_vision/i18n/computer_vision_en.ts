<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ComputerVisionExhibit</name>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Edges</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>Blur</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Motion</translation>
    </message>
    <message>
        <source>To a computer a picture is a grid of pixels, and each pixel is three numbers: red, green and blue.</source>
        <translation>To a computer a picture is a grid of pixels, and each pixel is three numbers: red, green and blue.</translation>
    </message>
    <message>
        <source>The computer marks where brightness changes sharply: those lines are the outlines of things.</source>
        <translation>The computer marks where brightness changes sharply: those lines are the outlines of things.</translation>
    </message>
    <message>
        <source>Each pixel is mixed with its neighbours, so small details disappear and big shapes stay.</source>
        <translation>Each pixel is mixed with its neighbours, so small details disappear and big shapes stay.</translation>
    </message>
    <message>
        <source>Every pixel brighter than a chosen level turns yellow, all the others dark.</source>
        <translation>Every pixel brighter than a chosen level turns yellow, all the others dark.</translation>
    </message>
    <message>
        <source>A colour picture is really three pictures: how much red, green and blue light each pixel has.</source>
        <translation>A colour picture is really three pictures: how much red, green and blue light each pixel has.</translation>
    </message>
    <message>
        <source>With fewer, bigger pixels the computer keeps less information, and the picture gets blocky.</source>
        <translation>With fewer, bigger pixels the computer keeps less information, and the picture gets blocky.</translation>
    </message>
    <message>
        <source>Each picture is compared with the one before: the places that changed glow, hottest where you moved most.</source>
        <translation>Each picture is compared with the one before: the places that changed glow, hottest where you moved most.</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Blur strength</source>
        <translation>Blur strength</translation>
    </message>
    <message>
        <source>Brightness level</source>
        <translation>Brightness level</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>Pixel size</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Filters tried: %1 of %2</source>
        <translation>Filters tried: %1 of %2</translation>
    </message>
    <message>
        <source>A computer gets only numbers: red, green and blue for each pixel in the yellow square.</source>
        <translation>A computer gets only numbers: red, green and blue for each pixel in the yellow square.</translation>
    </message>
    <message>
        <source>Goal: look at yourself through every filter.</source>
        <translation>Goal: look at yourself through every filter.</translation>
    </message>
    <message>
        <source>You have seen them all! Now move the slider: what changes?</source>
        <translation>You have seen them all! Now move the slider: what changes?</translation>
    </message>
</context>
</TS>
